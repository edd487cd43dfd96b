/** The texts of import problems: Chinese, then English. */
import { excerpt } from './text.js'

const q = (text: string): string => excerpt(text)

export const messages = {
  noHeader: (): string =>
    '未找到表头：前30行中没有包含“公开事项”“公开内容”“公开时限”等列名的行 / No header row found: none of the first 30 rows names the catalog columns (公开事项, 公开内容, 公开时限 …)',
  noSheets: (): string => '文件中没有工作表 / The workbook has no worksheet',
  sheetNotFound: (sheet: string | number, names: readonly string[]): string =>
    `找不到工作表“${sheet}”（现有：${names.join('、')}） / Worksheet ${typeof sheet === 'number' ? `#${sheet}` : `"${sheet}"`} not found (sheets: ${names.join(', ')})`,
  unreadable: (format: string, reason: string): string =>
    `无法读取${format.toUpperCase()}文件：${reason} / Cannot read the ${format.toUpperCase()} file: ${reason}`,
  readAsGbk: (): string => '文件不是 UTF-8 编码，已按 GBK 读取 / The file is not UTF-8; it was read as GBK',
  requiredMissing: (label: string): string => `缺少必需列“${label}” / Required column ${label} is missing`,
  optionalMissing: (label: string): string => `没有“${label}”列，该项留空 / No ${label} column; left empty`,
  unknownSubColumn: (group: string, sub: string): string =>
    `无法识别“${group}”下的子列“${sub}”，按附加列保留 / Sub-column "${sub}" under ${group} is not recognised; kept as an extra column`,
  unknownChannelColumn: (sub: string): string =>
    `渠道列“${sub}”不在标准渠道中，勾选时按“其他”处理 / Channel column "${sub}" is not a standard channel; when marked it counts as 其他 (other)`,
  emptyItem: (label: string): string => `${label}为空 / ${label} is empty`,
  emptyField: (label: string): string => `${label}为空 / ${label} is empty`,
  badMark: (text: string): string =>
    `无法识别的勾选标记“${q(text)}”：选中请用 √ ✓ ■ ☑ ●，未选请用 □ ☐ ○ 或留空 / Unrecognised mark "${q(text)}": use √ ✓ ■ ☑ ● for selected, □ ☐ ○ or blank for not selected`,
  noneSelected: (label: string, english: string): string => `未选择${label} / No ${label} (${english}) selected`,
  unknownChannels: (labels: readonly string[]): string =>
    `无法识别的公开渠道${labels.map((l) => `“${q(l)}”`).join('、')}，已记入“其他” / Unrecognised channel ${labels.map((l) => `"${q(l)}"`).join(', ')}; recorded as 其他 (other)`,
  unknownValues: (label: string, values: readonly string[]): string =>
    `无法识别的${label}${values.map((v) => `“${q(v)}”`).join('、')}，已忽略 / Unrecognised ${label} value ${values.map((v) => `"${q(v)}"`).join(', ')}; ignored`,
  footnote: (text: string): string => `已忽略注释行“${q(text)}” / Ignored a footnote row: "${q(text)}"`,
  banner: (text: string): string => `已忽略通栏行“${q(text)}” / Ignored a row spanning the table: "${q(text)}"`,
  numberedEmpty: (seq: string): string => `已忽略只有序号“${q(seq)}”的空行 / Ignored a row holding only its 序号 "${q(seq)}"`,
  repeatedHeader: (): string => '已忽略重复的表头行 / Ignored a repeated header row',
}
