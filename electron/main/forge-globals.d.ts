// Defined by Forge's Vite plugin for the renderer named `main_window` (see forge.config.ts):
// the dev server's URL under `electron-forge start`, and the renderer's folder name.
declare const MAIN_WINDOW_VITE_DEV_SERVER_URL: string | undefined;
declare const MAIN_WINDOW_VITE_NAME: string;
