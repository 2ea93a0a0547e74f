// REC, when given, must be one of the DfE reason-episode-ceased codes.
import { invalidCode } from '../lib/shared-a.ts';
import { defineRule } from '../rule.ts';

const REC = [
  ...['E11', 'E12', 'E13', 'E14', 'E15', 'E16', 'E17', 'E2', 'E3', 'E41', 'E45', 'E46', 'E47', 'E48'],
  ...['E4A', 'E4B', 'E5', 'E6', 'E7', 'E8', 'E9', 'X1'],
];

export const versions = [
  defineRule({
    code: '149',
    definedIn: 'lac2022_23',
    message: 'Reason episode ceased code is not valid.',
    affectedFields: ['REC'],
    tables: ['Episodes'],
    validate: invalidCode('Episodes', 'REC', REC, true),
  }),
];
