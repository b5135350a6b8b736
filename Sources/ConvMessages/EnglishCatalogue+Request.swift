extension EnglishCatalogue {
  func request(_ problem: RequestProblem) -> String {
    func field(_ name: String) -> String { "The field \"\(name)\"" }
    func quoted(_ names: [String]) -> String { names.map { "\"\($0)\"" }.joined(separator: ", ") }
    func rank(_ rank: Int) -> String { rank == 0 ? "a number" : "a \(rank)-D array" }
    switch problem {
    case .notJSON(let line, let problem, let column):
      return "Line \(line) is not valid JSON: \(json(problem, column: column))."
    case .lineTooLong(let line, let limit):
      return "Line \(line) is longer than \(limit) bytes, the most one request line may hold."
    case .notObject(let line, let kind):
      return "Each request must be a JSON object, but line \(line) is \(name(kind))."
    case .opMissing(let ops):
      return
        "The field \"op\" is missing; it names the operation, one of \(ops.joined(separator: ", "))."
    case .opNotString(let value):
      return "The field \"op\" must be a string naming the operation, but it is \(value)."
    case .unknownOp(let value, let ops):
      return "Unknown op \(value); the ops are \(ops.joined(separator: ", "))."
    case .unknownField(let key, let op, let allowed):
      return
        "Unknown field \(key) for \(op); its fields are op, \(allowed.joined(separator: ", "))."
    case .repeatedField(let name):
      return "\(field(name)) appears more than once; give each field once."
    case .missingField(let name, let op, let required):
      return "\(field(name)) is missing; \(op) needs \(quoted(required))."
    case .notNumberInGrid(let name, let row, let col, let value):
      return "\(field(name)) must hold only numbers, but row \(row), column \(col) is \(value)."
    case .notIntegerInGrid(let name, let row, let col, let value):
      return "\(field(name)) must hold only integers, but row \(row), column \(col) is \(value)."
    case .notGrid(let name, let value):
      return "\(field(name)) must be a grid (an array of rows of numbers), but it is \(value)."
    case .gridRowNotArray(let name, let row, let value):
      return
        "\(field(name)) must be a grid (an array of rows of numbers), but row \(row) is \(value)."
    case .emptyGrid(let name):
      return "\(field(name)) is an empty grid; it needs at least one row and one column."
    case .raggedGrid(let name, let row, let count, let expected):
      return
        "\(field(name)) is a ragged grid: row \(row) has \(count) values but row 0 has \(expected); every row must have the same length."
    case .gridTooWide(let name, let rows, let cols, let limit):
      return "\(field(name)) is a \(rows)x\(cols) grid, beyond the limit of \(limit) on a side."
    case .tooManyCells(let name, let cells, let limit):
      return "\(field(name)) has \(cells) cells, beyond the limit of \(limit)."
    case .notPair(let name, let nonNegative, let value):
      let kind = nonNegative ? "non-negative" : "positive"
      return
        "\(field(name)) must be a \(kind) integer or a pair [h, w] of \(kind) integers, but it is \(value)."
    case .beyondLimit(let name, let value, let limit):
      return "\(field(name)) is \(value), beyond the limit of \(limit)."
    case .notPositiveInteger(let name, let value):
      return "\(field(name)) must be a positive integer, but it is \(value)."
    case .notBool(let name, let value):
      return "\(field(name)) must be true or false, but it is \(value)."
    case .notOneOf(let name, let options, let value):
      return "\(field(name)) must be one of \(quoted(options)), but it is \(value)."
    case .scaleAndSizeMissing(let op):
      return "The fields \"scale\" and \"size\" are both missing; \(op) needs one of them."
    case .scaleAndSizeBoth(let op):
      return "The fields \"scale\" and \"size\" are both given; \(op) takes only one of them."
    case .notScale(let value):
      return
        "The field \"scale\" must be a positive number or a pair [sh, sw] of positive numbers, but it is \(value)."
    case .wrongRank(let name, let expected, let found):
      return "\(field(name)) must be \(self.name(expected)), but it is \(rank(found))."
    case .gridsTooWide(let name, let h, let w, let limit):
      return "\(field(name)) has \(h)x\(w) grids, beyond the limit of \(limit) on a side."
    case .tooManyNumbers(let name, let count, let limit):
      return "\(field(name)) has \(count) numbers, beyond the limit of \(limit)."
    case .notInteger(let name, let value):
      return "\(field(name)) must be an integer, but it is \(value)."
    case .notNumber(let name, let value):
      return "\(field(name)) must be a number, but it is \(value)."
    case .emptyLevel(let name, let path):
      return
        "\(field(name)) has an empty array at \(path); every level needs at least one entry."
    case .notNumberAt(let name, let path, let value):
      return "\(field(name)) must hold only numbers, but \(path) is \(value)."
    case .raggedNotArray(let name, let path, let value, let first, let length):
      return
        "\(field(name)) is ragged: \(path) is \(value) but \(first) is an array of \(length); every level must have one length."
    case .raggedLength(let name, let path, let count, let first, let length):
      return
        "\(field(name)) is ragged: \(path) has \(count) entries but \(first) has \(length); every level must have one length."
    case .notFinite:
      return
        "The result holds a value too large for a 64-bit float (infinity or NaN); use smaller input values."
    case .bnNotObject(let value):
      return
        "The field \"bn\" must be an object {\"mean\", \"var\", \"weight\", \"bias\", \"eps\"}, but it is \(value)."
    case .unknownBnField(let key, let allowed):
      return "Unknown field \(key) in \"bn\"; its fields are \(allowed.joined(separator: ", "))."
    case .bnMissing(let key):
      return "The field \"bn.\(key)\" is missing; \"bn\" needs \"mean\" and \"var\"."
    case .layersNotArray(let value):
      return "The field \"layers\" must be an array of layer objects, but it is \(value)."
    case .layerNotObject(let layer, let value):
      return
        "Each entry of \"layers\" must be an object such as {\"type\": \"conv\", \"kernel\": 3}, but \(layer) is \(value)."
    case .unknownLayerField(let key, let layer, let allowed):
      return
        "Unknown field \(key) in \(layer); a layer's fields are \(allowed.joined(separator: ", "))."
    case .repeatedLayerField(let key, let layer):
      return "The field \"\(key)\" appears more than once in \(layer); give each field once."
    case .countOutOfRange(let name, let limit, let value):
      return "\(field(name)) must be an integer from 1 to \(limit), but it is \(value)."
    case .layerTypeMissing(let layer, let types):
      return "The field \"\(layer).type\" is missing; it names the layer: \(quoted(types))."
    case .layerKernelMissing(let layer):
      return "The field \"\(layer).kernel\" is missing; every layer needs its kernel size."
    case .layerStrideMissing(let layer):
      return
        "The field \"\(layer).stride\" is missing; overlap needs each transposed convolution's stride."
    }
  }

  func name(_ kind: JSONKind) -> String {
    switch kind {
    case .null: return "null"
    case .bool: return "a boolean"
    case .number: return "a number"
    case .string: return "a string"
    case .array: return "an array"
    case .object: return "an object"
    }
  }

  func name(_ form: ArrayForm) -> String {
    switch form {
    case .convInput: return "a grid [H][W] or a stack of channels [C][H][W]"
    case .convKernel: return "a grid [kh][kw] or 4-D weights [C_out][C_in/groups][kh][kw]"
    case .transposedKernel: return "a grid [kh][kw] or 4-D weights [C_in][C_out/groups][kh][kw]"
    case .stack: return "a stack of channels [C][H][W]"
    case .weights: return "4-D weights [C_out][C_in/groups][kh][kw]"
    case .vector: return "a list of numbers, one per channel"
    }
  }
}
