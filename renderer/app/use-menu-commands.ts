import { useEffect } from 'react';
import type { MenuCommand, Screen } from '../../shared/api';
import { onMenuCommand } from '../api';

/**
 * The native menu's commands that the shell handles: Navigate → screen, File → Import / Export.
 * Undo and redo belong to the screens that have something to undo.
 */
export function useMenuCommands(navigate: (screen: Screen) => void): void {
  useEffect(
    () =>
      onMenuCommand((command: MenuCommand) => {
        if (command.kind === 'navigate') navigate(command.screen);
        else if (command.kind === 'import' || command.kind === 'export') navigate(command.kind);
      }),
    [navigate],
  );
}
