#!/usr/bin/env node
// Micro-benchmark: validates 100,000 inputs per validator (a mix of valid and invalid values) and
// prints the median of several rounds. Not part of the test run: `pnpm --filter @stadtkern/utils bench`
// after a build. On a shared machine read the medians relative to each other, not as absolutes.
import * as utils from '../dist/index.js';

const N = 100_000;
const ROUNDS = 7;

const inputs = {
  validateIban: [
    'DE89370400440532013000',
    'de89 3704 0044 0532 0130 00',
    'DE89370400440532013001',
    'GB29NWBK60161331926819',
  ],
  validateBic: ['COBADEFFXXX', 'DEUTDEFF', 'COBAQQFFXXX'],
  validatePostalCode: ['80331', '20095', '05123', '8033'],
  validateTaxId: ['86095742719', '86095742718', '12345678903'],
  validateVatId: ['DE136695976', 'DE136695977'],
  validateIdCardNumber: ['T220001293', 'T22000129', 'T220001294'],
  validateMunicipalityKey: ['09162000', '17000000'],
  validateDate: ['27.11.2026', '29.02.2023', '1.7.1990'],
  validatePhoneNumber: ['089 123456', '+49 89 123456', '12'],
  validateEmail: ['name@beispiel.de', 'name@', 'a.b+c@sub.example.org'],
  validateLicensePlate: ['M-AB 1234', 'hh xy 12e', 'MAB123', 'QQQ-A 1'],
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = [];
let sink = 0;
for (const [name, samples] of Object.entries(inputs)) {
  const validate = utils[name];
  const times = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < N; i++) sink += validate(samples[i % samples.length]).valid ? 1 : 0;
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const ms = median(times);
  rows.push({
    validator: name,
    'median ms / 100k': ms.toFixed(1),
    'µs / call': ((ms * 1000) / N).toFixed(2),
  });
}
console.table(rows);
console.log(`(checksum ${sink}; ${ROUNDS} rounds, median shown; Node ${process.version})`);
