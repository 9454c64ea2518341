import { EXIT_OK, exitCodeOf, refuseArgs, type CliCommand } from '../command';

/** `zone-stats restore [BACKUP]`: without a backup, lists them; with one, puts the dataset back as it was then. */
export const command: CliCommand = {
  name: 'restore',
  usage: 'zone-stats restore [BACKUP_ID] [--data DIR]',
  options: {},
  async run({ args, io, openHandlers }) {
    const [id, ...extra] = args.positional;
    if (extra.length > 0) return refuseArgs(io, command, [`one backup only; also given: ${extra.join(' ')}`]);
    const { handlers, close } = await openHandlers();
    try {
      const result = id === undefined ? await handlers.getStoreInfo({}) : await handlers.restoreBackup({ id });
      if (!result.ok) {
        io.err(`zone-stats restore: ${result.error.message}`);
        return exitCodeOf(result.error);
      }
      if (id !== undefined) io.out(`Restored backup ${id} into ${result.value.location} (the dataset as it was was backed up first)`);
      else if (result.value.backups.length === 0) io.out(`No backups in ${result.value.location}`);
      else result.value.backups.forEach((backup) => io.out(`${backup.id}  ${backup.createdAt}  ${backup.reason}`));
      return EXIT_OK;
    } finally {
      await close();
    }
  },
};
