// PLACE, when given, must be a placement type code of that collection year.
import { invalidCode } from '../lib/shared-a.ts';
import { defineRule } from '../rule.ts';

const COMMON = ['A3', 'A4', 'A5', 'A6', 'K1', 'K2', 'P1', 'P3', 'R1', 'R2', 'R3', 'R5', 'S1'];
const TEMPORARY = ['T0', 'T1', 'T2', 'T3', 'T4', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6'];
/** Until 2023/24. */
const PLACE_2022 = [...COMMON, ...TEMPORARY, 'H5', 'P2', 'Z1'];
/** 2024/25 adds K3 (the sector validator spells it 'k3', a slip that makes K3 invalid there). */
const PLACE_2024 = [...PLACE_2022, 'K3'];
/** From 2025/26: H5, P2 and Z1 go; Z1 is split into Z11-Z14. */
const PLACE_2025 = [...COMMON, ...TEMPORARY, 'K3', 'Z11', 'Z12', 'Z13', 'Z14'];

export const versions = [
  defineRule({
    code: '146',
    definedIn: 'lac2022_23',
    message: 'Placement type code is not a valid code.',
    affectedFields: ['PLACE'],
    tables: ['Episodes'],
    validate: invalidCode('Episodes', 'PLACE', PLACE_2022, true),
  }),
  defineRule({
    code: '146',
    definedIn: 'lac2024_25',
    message: 'Placement type code is not a valid code.',
    affectedFields: ['PLACE'],
    tables: ['Episodes'],
    validate: invalidCode('Episodes', 'PLACE', PLACE_2024, true),
  }),
  defineRule({
    code: '146',
    definedIn: 'lac2025_26',
    message: 'Placement type code is not a valid code.',
    affectedFields: ['PLACE'],
    tables: ['Episodes'],
    validate: invalidCode('Episodes', 'PLACE', PLACE_2025, true),
  }),
];
