/**
 * The YAML parser's errors in Chinese: what is wrong on the line and at which column, by the parser's error code (and,
 * where one code covers several faults, by its message). The parser's own words are kept, quoted, only when no
 * Chinese wording fits.
 */
import type { YAMLError } from 'yaml'

/** The YAML parser's complaint for one code, reading its message and the text at the place it points to. */
type Wording = (message: string, at: string) => string

const firstToken = (at: string) => /^[^\s:,\]}]+/.exec(at)?.[0] ?? ''
const unexpected: Wording = (_, at) => `此处多出“${firstToken(at) || at.slice(0, 1)}”：可能是缩进不对，或括号、引号不配对`

/** Several faults share MISSING_CHAR and UNEXPECTED_TOKEN; these tell them apart by the parser's message. */
const BY_MESSAGE: [RegExp, Wording][] = [
  [/Flow sequence .*end with a \]/, () => '方括号“[”没有配对的“]”（或其中的内容缩进不够）'],
  [/Flow map .*end with a \}/, () => '花括号“{”没有配对的“}”（或其中的内容缩进不够）'],
  [/Missing closing "quote/, () => '双引号没有闭合：缺少结尾的“"”'],
  [/Missing closing 'quote/, () => "单引号没有闭合：缺少结尾的“'”"],
  [/Missing , or : between/, () => '两项之间缺少逗号“,”，或键后缺少冒号“:”'],
  [/Missing , between/, () => '两项之间缺少逗号“,”'],
  [/Missing space after :/, () => '冒号“:”后缺少空格'],
  [/Implicit map keys need to be followed by map values/, () => '这一行的键后缺少冒号“:”（冒号后再空一格写值）'],
  [/Comments must be separated/, () => '注释符号“#”前须空一格'],
  [/Tags and anchors must be separated/, () => '锚点“&”或标签“!”后须空一格'],
  [/Sequence item without - indicator/, () => '列表项缺少开头的“- ”'],
  [/Nested mappings are not allowed in compact mappings/, () => '一行中只能有一个“键: 值”：值里含冒号时请给值加引号，下一层的键须另起一行并多缩进'],
  [/Implicit keys need to be on a single line/, () => '键须写在一行内：上一行的值没有结束，或这一行缩进过多'],
  [/All (?:mapping|sequence) items must start at the same column/, () => '同一层的各项须对齐（缩进相同）'],
  [/multiple documents/, () => '一个文件只能写一份评查标准：不要用“---”分隔多份'],
  [/Unexpected (?:scalar|map-value-ind|flow-seq-end|flow-map-end|flow-error-end|comma)/, unexpected],
]

const BY_CODE: Partial<Record<YAMLError['code'], Wording>> = {
  DUPLICATE_KEY: (_, at) => `同一层中键“${firstToken(at)}”写了两次`,
  TAB_AS_INDENT: () => '缩进用了制表符，请改用空格',
  BAD_INDENT: () => '缩进不对：同一层的键须对齐，下一层比上一层多缩进',
  BAD_SCALAR_START: (_, at) => `值不能以“${at.slice(0, 1)}”开头：请给这个值加引号`,
  BLOCK_AS_IMPLICIT_KEY: () => '键须写在一行内，后跟冒号“:”',
  MULTILINE_IMPLICIT_KEY: () => '键须写在一行内，后跟冒号“:”',
  BLOCK_IN_FLOW: () => '方括号或花括号里的内容不能换行缩进成块',
  BAD_DQ_ESCAPE: () => '双引号中的反斜杠“\\”转义写法有误',
  BAD_ALIAS: () => '别名“*”的写法有误',
  ALIAS_PROPS: () => '别名“*”不能带锚点或标签',
  MULTIPLE_ANCHORS: () => '一个值只能有一个锚点“&”',
  MULTIPLE_TAGS: () => '一个值只能有一个标签“!”',
  TAG_RESOLVE_FAILED: () => '标签“!”无法识别：评查标准不用标签',
  MULTIPLE_DOCS: () => '一个文件只能写一份评查标准：不要用“---”分隔多份',
  KEY_OVER_1024_CHARS: () => '键过长（超过 1024 个字符）',
  NON_STRING_KEY: () => '键应为文字',
  MISSING_CHAR: () => '缺少必要的符号：请检查括号、引号是否配对，冒号、逗号是否齐全',
  UNEXPECTED_TOKEN: unexpected,
}

/**
 * One YAML parser error as a person fixing the file reads it: `YAML 格式有误（第 N 列）：…`. The line is reported
 * apart (the error's line); `col` is 1-based.
 */
export function yamlErrorText(e: Pick<YAMLError, 'code' | 'message'>, text: string, offset: number | undefined, col: number | null): string {
  const message = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
  const at = offset === undefined ? '' : text.slice(offset, offset + 40).split('\n')[0]!
  const wording = BY_MESSAGE.find(([re]) => re.test(message))?.[1] ?? BY_CODE[e.code]
  const where = col ? `（第 ${col} 列）` : ''
  return wording ? `YAML 格式有误${where}：${wording(message, at)}` : `YAML 格式有误${where}：请检查这一行的括号、引号、缩进和冒号（解析器提示："${message}"）`
}
