import type { TextFigure } from '../../model/textFigure'
import type { ReadDiagnostic } from '../types'
import type { ExplanatoryTextContext } from './types'

export function linkFigures(
  figures: readonly TextFigure[],
  context: ExplanatoryTextContext,
): { figures: TextFigure[]; diagnostics: ReadDiagnostic[] } {
  void context
  return { figures: [...figures], diagnostics: [] }
}
