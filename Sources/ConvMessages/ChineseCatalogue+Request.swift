extension ChineseCatalogue {
  func request(_ problem: RequestProblem) -> String {
    func field(_ name: String) -> String { "字段 \"\(name)\"" }
    func quoted(_ names: [String]) -> String { names.map { "\"\($0)\"" }.joined(separator: ", ") }
    func rank(_ rank: Int) -> String { rank == 0 ? "一个数" : "\(rank) 维数组" }
    switch problem {
    case .notJSON(let line, let problem, let column):
      return "第 \(line) 行不是合法的 JSON：\(json(problem, column: column))。"
    case .lineTooLong(let line, let limit):
      return "第 \(line) 行超过了 \(limit) 字节，这是一行请求最多能容纳的长度。"
    case .notObject(let line, let kind):
      return "每个请求都必须是一个 JSON 对象，但第 \(line) 行是\(name(kind))。"
    case .opMissing(let ops):
      return "缺少字段 \"op\"；它指明要做的运算，可选 \(ops.joined(separator: ", "))。"
    case .opNotString(let value):
      return "字段 \"op\" 必须是指明运算的字符串，但它是 \(value)。"
    case .unknownOp(let value, let ops):
      return "未知的 op \(value)；可用的 op 有 \(ops.joined(separator: ", "))。"
    case .unknownField(let key, let op, let allowed):
      return "\(op) 没有字段 \(key)；它的字段是 op, \(allowed.joined(separator: ", "))。"
    case .repeatedField(let name):
      return "\(field(name))出现了不止一次；每个字段只能给一次。"
    case .missingField(let name, let op, let required):
      return "缺少\(field(name))；\(op) 需要 \(quoted(required))。"
    case .notNumberInGrid(let name, let row, let col, let value):
      return "\(field(name))只能包含数字，但第 \(row) 行第 \(col) 列是 \(value)。"
    case .notIntegerInGrid(let name, let row, let col, let value):
      return "\(field(name))只能包含整数，但第 \(row) 行第 \(col) 列是 \(value)。"
    case .notGrid(let name, let value):
      return "\(field(name))必须是网格（由若干行数字组成的数组），但它是 \(value)。"
    case .gridRowNotArray(let name, let row, let value):
      return "\(field(name))必须是网格（由若干行数字组成的数组），但第 \(row) 行是 \(value)。"
    case .emptyGrid(let name):
      return "\(field(name))是空网格；至少需要一行一列。"
    case .raggedGrid(let name, let row, let count, let expected):
      return "\(field(name))参差不齐：第 \(row) 行有 \(count) 个值，而第 0 行有 \(expected) 个；每一行的长度必须相同。"
    case .gridTooWide(let name, let rows, let cols, let limit):
      return "\(field(name))是 \(rows)x\(cols) 的网格，超过了每边 \(limit) 的上限。"
    case .tooManyCells(let name, let cells, let limit):
      return "\(field(name))有 \(cells) 个单元，超过了上限 \(limit)。"
    case .notPair(let name, let nonNegative, let value):
      let kind = nonNegative ? "非负" : "正"
      return "\(field(name))必须是一个\(kind)整数，或由\(kind)整数组成的一对 [h, w]，但它是 \(value)。"
    case .beyondLimit(let name, let value, let limit):
      return "\(field(name))是 \(value)，超过了上限 \(limit)。"
    case .notPositiveInteger(let name, let value):
      return "\(field(name))必须是正整数，但它是 \(value)。"
    case .notBool(let name, let value):
      return "\(field(name))必须是 true 或 false，但它是 \(value)。"
    case .notOneOf(let name, let options, let value):
      return "\(field(name))必须是 \(quoted(options)) 之一，但它是 \(value)。"
    case .scaleAndSizeMissing(let op):
      return "字段 \"scale\" 和 \"size\" 都没有给出；\(op) 需要其中之一。"
    case .scaleAndSizeBoth(let op):
      return "字段 \"scale\" 和 \"size\" 都给出了；\(op) 只接受其中之一。"
    case .notScale(let value):
      return "字段 \"scale\" 必须是一个正数，或由正数组成的一对 [sh, sw]，但它是 \(value)。"
    case .wrongRank(let name, let expected, let found):
      return "\(field(name))必须是\(self.name(expected))，但它是\(rank(found))。"
    case .gridsTooWide(let name, let h, let w, let limit):
      return "\(field(name))含有 \(h)x\(w) 的网格，超过了每边 \(limit) 的上限。"
    case .tooManyNumbers(let name, let count, let limit):
      return "\(field(name))有 \(count) 个数，超过了上限 \(limit)。"
    case .notInteger(let name, let value):
      return "\(field(name))必须是整数，但它是 \(value)。"
    case .notNumber(let name, let value):
      return "\(field(name))必须是数字，但它是 \(value)。"
    case .emptyLevel(let name, let path):
      return "\(field(name))在 \(path) 处是空数组；每一层至少需要一个元素。"
    case .notNumberAt(let name, let path, let value):
      return "\(field(name))只能包含数字，但 \(path) 是 \(value)。"
    case .raggedNotArray(let name, let path, let value, let first, let length):
      return
        "\(field(name))参差不齐：\(path) 是 \(value)，而 \(first) 是长度为 \(length) 的数组；每一层的长度必须一致。"
    case .raggedLength(let name, let path, let count, let first, let length):
      return
        "\(field(name))参差不齐：\(path) 有 \(count) 个元素，而 \(first) 有 \(length) 个；每一层的长度必须一致。"
    case .notFinite:
      return "结果中有 64 位浮点数放不下的值（无穷大或 NaN）；请使用更小的输入值。"
    case .bnNotObject(let value):
      return "字段 \"bn\" 必须是对象 {\"mean\", \"var\", \"weight\", \"bias\", \"eps\"}，但它是 \(value)。"
    case .unknownBnField(let key, let allowed):
      return "\"bn\" 中没有字段 \(key)；它的字段是 \(allowed.joined(separator: ", "))。"
    case .bnMissing(let key):
      return "缺少字段 \"bn.\(key)\"；\"bn\" 需要 \"mean\" 和 \"var\"。"
    case .layersNotArray(let value):
      return "字段 \"layers\" 必须是由层对象组成的数组，但它是 \(value)。"
    case .layerNotObject(let layer, let value):
      return "\"layers\" 的每一项都必须是对象，例如 {\"type\": \"conv\", \"kernel\": 3}，但 \(layer) 是 \(value)。"
    case .unknownLayerField(let key, let layer, let allowed):
      return "\(layer) 中没有字段 \(key)；一层的字段是 \(allowed.joined(separator: ", "))。"
    case .repeatedLayerField(let key, let layer):
      return "字段 \"\(key)\" 在 \(layer) 中出现了不止一次；每个字段只能给一次。"
    case .countOutOfRange(let name, let limit, let value):
      return "\(field(name))必须是 1 到 \(limit) 之间的整数，但它是 \(value)。"
    case .layerTypeMissing(let layer, let types):
      return "缺少字段 \"\(layer).type\"；它指明层的类型：\(quoted(types))。"
    case .layerKernelMissing(let layer):
      return "缺少字段 \"\(layer).kernel\"；每一层都需要卷积核大小。"
    case .layerStrideMissing(let layer):
      return "缺少字段 \"\(layer).stride\"；overlap 需要每个转置卷积的步长。"
    }
  }

  private func name(_ kind: JSONKind) -> String {
    switch kind {
    case .null: return " null"
    case .bool: return "布尔值"
    case .number: return "数字"
    case .string: return "字符串"
    case .array: return "数组"
    case .object: return "对象"
    }
  }

  private func name(_ form: ArrayForm) -> String {
    switch form {
    case .convInput: return "网格 [H][W] 或通道堆叠 [C][H][W]"
    case .convKernel: return "网格 [kh][kw] 或四维权重 [C_out][C_in/groups][kh][kw]"
    case .transposedKernel: return "网格 [kh][kw] 或四维权重 [C_in][C_out/groups][kh][kw]"
    case .stack: return "通道堆叠 [C][H][W]"
    case .weights: return "四维权重 [C_out][C_in/groups][kh][kw]"
    case .vector: return "一列数，每个通道一个"
    }
  }
}
