/// Why a compute request line could not be decoded, with the field and the values involved.
///
/// `value` fields hold the offending JSON as written (already quoted and cut short by
/// the compute protocol); field names are the protocol's own identifiers.
public enum RequestProblem: Equatable, Sendable {
  case notJSON(line: Int, problem: JSONProblem, column: Int)
  case lineTooLong(line: Int, limit: Int)
  case notObject(line: Int, kind: JSONKind)
  case opMissing(ops: [String])
  case opNotString(value: String)
  case unknownOp(value: String, ops: [String])
  case unknownField(key: String, op: String, allowed: [String])
  case repeatedField(name: String)
  case missingField(name: String, op: String, required: [String])
  case notNumberInGrid(name: String, row: Int, col: Int, value: String)
  case notIntegerInGrid(name: String, row: Int, col: Int, value: String)
  case notGrid(name: String, value: String)
  case gridRowNotArray(name: String, row: Int, value: String)
  case emptyGrid(name: String)
  case raggedGrid(name: String, row: Int, count: Int, expected: Int)
  case gridTooWide(name: String, rows: Int, cols: Int, limit: Int)
  case tooManyCells(name: String, cells: Int, limit: Int)
  case notPair(name: String, nonNegative: Bool, value: String)
  case beyondLimit(name: String, value: String, limit: Int)
  case notPositiveInteger(name: String, value: String)
  case notBool(name: String, value: String)
  case notOneOf(name: String, options: [String], value: String)
  case scaleAndSizeMissing(op: String)
  case scaleAndSizeBoth(op: String)
  case notScale(value: String)
  case wrongRank(name: String, expected: ArrayForm, rank: Int)
  case gridsTooWide(name: String, h: Int, w: Int, limit: Int)
  case tooManyNumbers(name: String, count: Int, limit: Int)
  case notInteger(name: String, value: String)
  case notNumber(name: String, value: String)
  case emptyLevel(name: String, path: String)
  case notNumberAt(name: String, path: String, value: String)
  case raggedNotArray(name: String, path: String, value: String, first: String, length: Int)
  case raggedLength(name: String, path: String, count: Int, first: String, length: Int)
  case notFinite
  case bnNotObject(value: String)
  case unknownBnField(key: String, allowed: [String])
  case bnMissing(key: String)
  case layersNotArray(value: String)
  case layerNotObject(layer: String, value: String)
  case unknownLayerField(key: String, layer: String, allowed: [String])
  case repeatedLayerField(key: String, layer: String)
  case countOutOfRange(name: String, limit: Int, value: String)
  case layerTypeMissing(layer: String, types: [String])
  case layerKernelMissing(layer: String)
  case layerStrideMissing(layer: String)
}

/// What kind of JSON value a request line held instead of an object.
public enum JSONKind: Sendable {
  case null, bool, number, string, array, object
}

/// The shapes of number array a field accepts.
public enum ArrayForm: Sendable {
  /// A grid `[H][W]` or a stack `[C][H][W]`.
  case convInput
  /// A grid `[kh][kw]` or weights `[C_out][C_in/groups][kh][kw]`.
  case convKernel
  /// A grid `[kh][kw]` or weights `[C_in][C_out/groups][kh][kw]`.
  case transposedKernel
  /// A stack `[C][H][W]`.
  case stack
  /// Weights `[C_out][C_in/groups][kh][kw]`.
  case weights
  /// One number per channel.
  case vector
}
