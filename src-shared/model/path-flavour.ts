/** How paths are spelled on a host: Windows (drive letters, UNC, case-insensitive) or POSIX. */
export type PathFlavour = 'windows' | 'posix';
