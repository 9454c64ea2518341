import { backupReasonWords } from '../../../shared/api';
import { EXIT_OK, EXIT_REFUSED, exitCodeOf, refuseArgs, type CliCommand } from '../command';

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
      const info = await handlers.getStoreInfo({});
      if (!info.ok) {
        io.err(`zone-stats restore: ${info.error.message}`);
        return exitCodeOf(info.error);
      }
      const { backups, location } = info.value;
      if (id === undefined) {
        if (backups.length === 0) io.out(`No backups in ${location}`);
        backups.forEach((backup) => io.out(`${backup.id}  ${backup.createdAt}  ${backupReasonWords(backup.reason)}`));
        return EXIT_OK;
      }
      if (!backups.some((backup) => backup.id === id)) {
        io.err(`zone-stats restore: there is no backup "${id}" in ${location}; \`zone-stats restore\` lists them`);
        return EXIT_REFUSED;
      }
      const restored = await handlers.restoreBackup({ id });
      if (!restored.ok) {
        io.err(`zone-stats restore: ${restored.error.message}`);
        return exitCodeOf(restored.error);
      }
      io.out(`Restored backup ${id} into ${location} (the dataset as it was is in a backup of its own)`);
      return EXIT_OK;
    } finally {
      await close();
    }
  },
};
