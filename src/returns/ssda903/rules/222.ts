// URN must not be recorded (other than XXXXXXX) for placement types Ofsted does not register.
import { column, flagWhere, isIn, rowCount } from '../lib/frame.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

const BASE = ['P1', 'P3', 'R1', 'R2', 'R5', 'T0', 'T1', 'T2', 'T3', 'T4'];

function noUrn(places: readonly string[]) {
  const set = new Set(places);
  return (ctx: Context903): Flags903 | undefined => {
    if (!ctx.tables.Episodes) return undefined;
    const place = column(ctx, 'Episodes', 'PLACE');
    const urns = column(ctx, 'Episodes', 'URN');
    return {
      Episodes: flagWhere(rowCount(ctx, 'Episodes'), (i) => {
        const urn = urns[i] ?? null;
        return isIn(place[i], set) && urn !== null && urn !== 'XXXXXXX';
      }),
    };
  };
}

export const versions = [
  defineRule({
    code: '222',
    definedIn: 'lac2022_23',
    message: 'Ofsted Unique reference number (URN) should not be recorded for this placement type.',
    affectedFields: ['URN'],
    tables: ['Episodes'],
    validate: noUrn([...BASE, 'H5', 'P2', 'Z1']),
  }),
  defineRule({
    code: '222',
    definedIn: 'lac2023_24',
    message: 'Ofsted Unique reference number (URN) should not be recorded for this placement type.',
    affectedFields: ['URN'],
    tables: ['Episodes'],
    validate: noUrn([...BASE, 'P2', 'Z1']),
  }),
  defineRule({
    code: '222',
    definedIn: 'lac2024_25',
    message: 'Ofsted Unique reference number (URN) should not be recorded for this placement type.',
    affectedFields: ['URN'],
    tables: ['Episodes'],
    validate: noUrn([...BASE, 'Z1']),
  }),
  defineRule({
    code: '222',
    definedIn: 'lac2025_26',
    message: 'Ofsted Unique reference number (URN) should not be recorded for this placement type.',
    affectedFields: ['URN'],
    tables: ['Episodes'],
    validate: noUrn([...BASE, 'Z11', 'Z12', 'Z13', 'Z14']),
  }),
];
