import type { MessageParams } from '../types'

type Template = (p: MessageParams) => string

/** English message templates, by message id. @internal */
export const en: Readonly<Record<string, Template>> = {
  'sum-mismatch': (p) =>
    `${p.placeEn}: ${p.identityEn} does not hold. The parts give ${p.expected}, the print says ${p.printed}: a difference of ${p.difference}, more than the ${p.tolerance} rounding can explain.`,
  'sum-tail': (p) =>
    `${p.placeEn}: ${p.identityEn} differs by ${p.difference}, within the rounding tail (${p.tolerance}); not a contradiction.`,
  'sum-not-computable': (p) => `${p.placeEn}: ${p.identityEn} cannot be checked: ${p.reasonEn}.`,
  'same-mismatch': (p) =>
    `${p.factEn}: ${p.placeAEn} says ${p.expected}, ${p.placeBEn} says ${p.printed}: a difference of ${p.difference}, more than the ${p.tolerance} rounding can explain.`,
  'same-tail': (p) =>
    `${p.factEn}: ${p.placeAEn} and ${p.placeBEn} differ by ${p.difference}, a rounding tail (≤ ${p.tolerance}).`,
  'bound-mismatch': (p) =>
    `${p.factEn}: ${p.placeBEn} says ${p.printed}, more than the ${p.expected} of ${p.placeAEn}.`,
  'percent-wrong': (p) =>
    `${p.placeEn}: the text says "${p.printed}"; from ${p.inputs} it is ${p.expected} (the printed figures support ${p.range}).`,
  'percent-tail': (p) =>
    `${p.placeEn}: the text says "${p.printed}"; the printed figures give ${p.expected}, a difference rounding explains (${p.range}).`,
  'percent-tail-hundred': (p) =>
    `${p.placeEn}: the text says "${p.printed}"; the printed figures give ${p.expected}. The passage's shares add up to exactly 100%: the last digit was moved to make them do so, a rounding tail, not a contradiction.`,
  'percent-not-computable': (p) =>
    `${p.placeEn}: the text says "${p.printed}", which cannot be computed: ${p.reasonEn}.`,
  'direction-wrong': (p) => `${p.placeEn}: the text says "${p.word}", but the figures show ${p.actualEn}.`,
  placeholder: (p) => `${p.placeEn}: a placeholder "${p.printed}" was left in the text.`,
  'missing-table': (p) => `The template requires "${p.table}"; it is neither published nor declared absent.`,
  'absent-table': (p) => `"${p.table}" is not published (${p.reasonEn}).`,
  'empty-without-note': (p) => `"${p.table}" has no data and no note saying why.`,
  'carry-bound': (p) =>
    `${p.factEn}: ${p.placeAEn} says ${p.expected}, ${p.placeBEn} says ${p.printed}, a difference of ${p.difference}; they may differ only by the carried-over funds (0 to ${p.carry}), beyond the ${p.tolerance} rounding can explain.`,
  'info-compare': (p) =>
    `${p.factEn}: ${p.placeAEn} ${p.expected}, ${p.placeBEn} ${p.printed} (different scopes; information only).`,
  'cost-indicator': (p) =>
    `Project "${p.project}": cost indicator "${p.indicator} ${p.target}" is ${p.converted}, but the project amount is ${p.printed}.`,
  'code-erratum': (p) => `${p.placeEn}: code ${p.code} (${p.name}) is a recorded misprint of ${p.intended}.`,
  'code-unknown': (p) => `${p.placeEn}: code ${p.code} (${p.name}) is not in the ${p.year} catalog.`,
  'class-label-wrong': (p) =>
    `${p.placeEn}: class ${p.printedClass} (${p.amount}) is printed in this table only; every other table gives this amount to class ${p.expectedClass}, which this table does not print: the row carries the wrong label.`,
  'name-not-code': (p) =>
    `${p.placeEn}: code ${p.code} is printed with the name "${p.name}", but the ${p.year} catalog calls it "${p.catalogName}" ; that name belongs to ${p.nameCodesEn}: the code or the name is wrong.`,
}
