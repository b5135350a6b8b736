import ConvArithmetic

/// How a typed answer compares with the engine's.
public enum QuizVerdict: Equatable, Sendable {
  case right
  case wrong
  /// The text is not an answer of the kind asked (letters, a missing semicolon, nothing).
  case unreadable
}

extension Exercise {
  /// Compares what a student typed with the engine's answer.
  ///
  /// Sizes take `3x4`, `3×4` or one number for a square; the cells a window reads take
  /// the rows, a semicolon, then the columns (`2-4; 1-3` or `2,3,4;1,2,3`), or one list when
  /// rows and columns are the same; input sizes take a list; values a number, within 1e-9.
  public func check(_ typed: String) -> QuizVerdict {
    switch solution {
    case .size(let size, _):
      guard let numbers = QuizReading.integers(typed), (1...2).contains(numbers.count) else {
        return .unreadable
      }
      let answer = numbers.count == 1 ? Pair(numbers[0]) : Pair(numbers[0], numbers[1])
      return answer == size ? .right : .wrong
    case .cells(let rows, let cols, _, _):
      let parts = typed.split(separator: ";", omittingEmptySubsequences: false)
      guard parts.count <= 2, let first = QuizReading.list(String(parts[0])) else {
        return .unreadable
      }
      guard parts.count == 2 else { return first == rows && first == cols ? .right : .wrong }
      guard let second = QuizReading.list(String(parts[1])) else { return .unreadable }
      return first == rows && second == cols ? .right : .wrong
    case .value(let value, _, _, _, _):
      guard let number = QuizReading.number(typed) else { return .unreadable }
      return abs(number - value) <= 1e-9 * max(1, abs(value)) ? .right : .wrong
    case .inputs(let inputs, _, _, _):
      guard let list = QuizReading.list(typed) else { return .unreadable }
      return list == inputs ? .right : .wrong
    case .field(let size, _, _):
      guard let numbers = QuizReading.integers(typed), numbers.count == 1 else {
        return .unreadable
      }
      return numbers[0] == size ? .right : .wrong
    }
  }
}

/// Reads the numbers out of typed answers.
enum QuizReading {
  /// The non-negative integers in `text`, separated by anything that is not a digit
  /// (`3x4`, `3×4`, `3, 4`); nil when there are none or when letters other than x stand between.
  static func integers(_ text: String) -> [Int]? {
    var numbers: [Int] = []
    var digits = ""
    for character in text + " " {
      if character.isASCII && character.isNumber {
        digits.append(character)
        continue
      }
      if !digits.isEmpty {
        guard let n = Int(digits), n <= 1_000_000 else { return nil }
        numbers.append(n)
        digits = ""
      }
      guard
        character == "x" || character == "X" || character == "×" || character == ","
          || character == " " || character == "*"
      else { return nil }
    }
    return numbers.isEmpty ? nil : numbers
  }

  /// A sorted list of distinct integers written as numbers and ranges: `2-4, 7` is 2, 3, 4, 7.
  static func list(_ text: String) -> [Int]? {
    var values: Set<Int> = []
    let pieces = text.split(whereSeparator: { $0 == "," || $0 == " " })
    guard !pieces.isEmpty else { return nil }
    for piece in pieces {
      let ends = piece.split(separator: "-", omittingEmptySubsequences: false)
      guard (1...2).contains(ends.count) else { return nil }
      let numbers = ends.compactMap { Int($0) }
      guard numbers.count == ends.count, numbers.allSatisfy({ (0...1_000_000).contains($0) })
      else { return nil }
      guard let low = numbers.first, let high = numbers.last, low <= high, high - low < 10_000
      else { return nil }
      for n in low...high { values.insert(n) }
    }
    return values.sorted()
  }

  /// One decimal number, `−` read as a minus sign; nil for anything else.
  static func number(_ text: String) -> Double? {
    let trimmed = text.replacing("−", with: "-").split(separator: " ")
    guard trimmed.count == 1, let number = Double(trimmed[0]), number.isFinite else { return nil }
    return number
  }
}
