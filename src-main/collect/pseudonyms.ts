/**
 * Stable stand-ins for names that identify a person or a client: the same name (in any case)
 * always gets the same pseudonym within one bundle, so paths that named the same folder still
 * do after redaction.
 */
export type PseudonymKind = 'user' | 'computer' | 'domain' | 'server' | 'folder' | 'address' | 'word';

const PREFIX: Record<PseudonymKind, string> = {
  user: 'user',
  computer: 'PC',
  domain: 'DOMAIN',
  server: 'SERVER',
  folder: 'Client',
  address: '10.0.0.',
  word: 'Name',
};

export class Pseudonyms {
  private readonly byName = new Map<string, string>();
  private readonly counts = new Map<PseudonymKind, number>();
  private readonly spelled = new Map<string, string>();

  /** Names known up front (the user, the computer) take their kind before any path is seen. */
  constructor(known: Array<[string, PseudonymKind]> = []) {
    for (const [name, kind] of known) if (name !== '') this.of(name, kind);
  }

  of(name: string, kind: PseudonymKind): string {
    const key = name.toLowerCase();
    const existing = this.byName.get(key);
    if (existing !== undefined) return existing;
    const count = (this.counts.get(kind) ?? 0) + 1;
    this.counts.set(kind, count);
    const pseudonym = `${PREFIX[kind]}${kind === 'address' ? '' : '-'}${count}`;
    this.byName.set(key, pseudonym);
    this.spelled.set(key, name);
    return pseudonym;
  }

  /** Every name met so far (as first spelled), to find them again inside free text. */
  names(): string[] {
    return [...this.spelled.values()];
  }

  /** The pseudonym of a name already met, if any. */
  known(name: string): string | undefined {
    return this.byName.get(name.toLowerCase());
  }
}
