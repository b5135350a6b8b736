/// A file size as people read it, its number worked out and its unit left for the catalogue
/// to word: 812 bytes, 4.2 KB, 127 MB.
///
///     ByteSize(bytes: 4_200)  // number "4.2", unit .kilobytes
public struct ByteSize: Equatable, Sendable {
  public enum Unit: Sendable {
    case bytes, kilobytes, megabytes, gigabytes, terabytes
  }

  /// The number, with one decimal below 10 (`4.2`) and none from there on (`127`).
  public let number: String
  public let unit: Unit

  public init(bytes: Int) {
    guard bytes >= 1_000 else {
      number = String(bytes)
      unit = .bytes
      return
    }
    let units: [Unit] = [.kilobytes, .megabytes, .gigabytes, .terabytes]
    var value = Double(bytes) / 1_000
    var index = 0
    while value >= 1_000 && index < units.count - 1 {
      value /= 1_000
      index += 1
    }
    let rounded = value < 10 ? (value * 10).rounded() / 10 : value.rounded()
    number = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    unit = units[index]
  }

  /// The unit's symbol, the same in every language; nil for plain bytes, which are words.
  public var symbol: String? {
    switch unit {
    case .bytes: return nil
    case .kilobytes: return "KB"
    case .megabytes: return "MB"
    case .gigabytes: return "GB"
    case .terabytes: return "TB"
    }
  }
}
