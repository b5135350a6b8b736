import Foundation

/// A PNG decoded to RGB pixels, enough to check that a screenshot shows something.
///
/// Reads 8-bit RGB, RGBA, grey and palette images, not interlaced: what ImageMagick writes
/// for the screenshots. The zlib stream is inflated here (RFC 1950/1951), since Foundation
/// on Linux has no PNG or zlib decoder.
struct PNGImage {
  var width: Int
  var height: Int
  /// Row-major pixels, each packed as 0xRRGGBB.
  var pixels: [UInt32]

  struct Failure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
  }

  init(_ data: [UInt8]) throws {
    guard data.count > 8, Array(data[0..<8]) == [137, 80, 78, 71, 13, 10, 26, 10] else {
      throw Failure("not a PNG signature")
    }
    var offset = 8
    var header: [UInt8] = []
    var palette: [UInt8] = []
    var compressed: [UInt8] = []
    func u32(_ at: Int) -> Int {
      Int(data[at]) << 24 | Int(data[at + 1]) << 16 | Int(data[at + 2]) << 8 | Int(data[at + 3])
    }
    while offset + 8 <= data.count {
      let length = u32(offset)
      let type = String(decoding: data[(offset + 4)..<(offset + 8)], as: UTF8.self)
      let start = offset + 8
      guard start + length + 4 <= data.count else { throw Failure("a chunk runs past the end") }
      let body = Array(data[start..<(start + length)])
      switch type {
      case "IHDR": header = body
      case "PLTE": palette = body
      case "IDAT": compressed += body
      default: break
      }
      offset = start + length + 4
      if type == "IEND" { break }
    }
    guard header.count == 13 else { throw Failure("no IHDR chunk") }
    width = Int(header[0]) << 24 | Int(header[1]) << 16 | Int(header[2]) << 8 | Int(header[3])
    height = Int(header[4]) << 24 | Int(header[5]) << 16 | Int(header[6]) << 8 | Int(header[7])
    let depth = header[8]
    let colour = header[9]
    guard depth == 8, header[12] == 0 else { throw Failure("depth \(depth) or interlacing") }
    let channels: Int
    switch colour {
    case 0: channels = 1
    case 2: channels = 3
    case 3: channels = 1
    case 4: channels = 2
    case 6: channels = 4
    default: throw Failure("colour type \(colour)")
    }
    guard compressed.count > 2 else { throw Failure("no image data") }
    let raw = try Self.inflate(Array(compressed.dropFirst(2)))
    let stride = width * channels
    guard raw.count >= height * (stride + 1) else { throw Failure("too little image data") }
    var previous = [UInt8](repeating: 0, count: stride)
    var pixels: [UInt32] = []
    pixels.reserveCapacity(width * height)
    for row in 0..<height {
      let filter = raw[row * (stride + 1)]
      var line = Array(raw[(row * (stride + 1) + 1)..<((row + 1) * (stride + 1))])
      for i in 0..<stride {
        let a = i >= channels ? Int(line[i - channels]) : 0
        let b = Int(previous[i])
        let c = i >= channels ? Int(previous[i - channels]) : 0
        let predictor: Int
        switch filter {
        case 0: predictor = 0
        case 1: predictor = a
        case 2: predictor = b
        case 3: predictor = (a + b) / 2
        case 4:
          let p = a + b - c
          let (pa, pb, pc) = (abs(p - a), abs(p - b), abs(p - c))
          predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c
        default: throw Failure("filter \(filter)")
        }
        line[i] = UInt8((Int(line[i]) + predictor) & 0xFF)
      }
      for x in 0..<width {
        let p = x * channels
        switch colour {
        case 3:
          let index = Int(line[p]) * 3
          guard index + 2 < palette.count else { throw Failure("palette index out of range") }
          pixels.append(
            UInt32(palette[index]) << 16 | UInt32(palette[index + 1]) << 8
              | UInt32(palette[index + 2]))
        case 0, 4:
          pixels.append(UInt32(line[p]) * 0x010101)
        default:
          pixels.append(UInt32(line[p]) << 16 | UInt32(line[p + 1]) << 8 | UInt32(line[p + 2]))
        }
      }
      previous = line
    }
    self.pixels = pixels
  }

  /// Inflates a raw DEFLATE stream (stored, fixed and dynamic Huffman blocks).
  static func inflate(_ input: [UInt8]) throws -> [UInt8] {
    var output: [UInt8] = []
    var position = 0
    var bitBuffer = 0
    var bitCount = 0
    func bits(_ count: Int) throws -> Int {
      while bitCount < count {
        guard position < input.count else { throw Failure("the zlib stream ends early") }
        bitBuffer |= Int(input[position]) << bitCount
        position += 1
        bitCount += 8
      }
      let value = bitBuffer & ((1 << count) - 1)
      bitBuffer >>= count
      bitCount -= count
      return value
    }
    /// Canonical Huffman code: counts per length and symbols in code order.
    struct Huffman {
      var counts = [Int](repeating: 0, count: 16)
      var symbols: [Int] = []
      init(_ lengths: [Int]) {
        for length in lengths { counts[length] += 1 }
        counts[0] = 0
        var offsets = [Int](repeating: 0, count: 16)
        for length in 1..<16 { offsets[length] = offsets[length - 1] + counts[length - 1] }
        symbols = [Int](repeating: 0, count: lengths.count)
        for (symbol, length) in lengths.enumerated() where length > 0 {
          symbols[offsets[length]] = symbol
          offsets[length] += 1
        }
      }
    }
    func decode(_ h: Huffman) throws -> Int {
      var code = 0
      var first = 0
      var index = 0
      for length in 1..<16 {
        code |= try bits(1)
        let count = h.counts[length]
        if code - first < count { return h.symbols[index + code - first] }
        index += count
        first = (first + count) << 1
        code <<= 1
      }
      throw Failure("a bad Huffman code")
    }
    let lengthBase = [
      3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
      131, 163, 195, 227, 258,
    ]
    let lengthExtra = [
      0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ]
    let distanceBase = [
      1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
      2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
    ]
    let distanceExtra = [
      0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13,
      13,
    ]
    var last = 0
    repeat {
      last = try bits(1)
      let type = try bits(2)
      if type == 0 {
        bitBuffer = 0
        bitCount = 0
        guard position + 4 <= input.count else { throw Failure("a stored block ends early") }
        let length = Int(input[position]) | Int(input[position + 1]) << 8
        position += 4
        guard position + length <= input.count else { throw Failure("a stored block ends early") }
        output += input[position..<(position + length)]
        position += length
        continue
      }
      let literals: Huffman
      let distances: Huffman
      if type == 1 {
        literals = Huffman(
          [Int](repeating: 8, count: 144) + [Int](repeating: 9, count: 112)
            + [Int](repeating: 7, count: 24) + [Int](repeating: 8, count: 8))
        distances = Huffman([Int](repeating: 5, count: 30))
      } else if type == 2 {
        let literalCount = try bits(5) + 257
        let distanceCount = try bits(5) + 1
        let codeCount = try bits(4) + 4
        let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
        var codeLengths = [Int](repeating: 0, count: 19)
        for i in 0..<codeCount { codeLengths[order[i]] = try bits(3) }
        let lengthCode = Huffman(codeLengths)
        var lengths: [Int] = []
        while lengths.count < literalCount + distanceCount {
          let symbol = try decode(lengthCode)
          switch symbol {
          case 0..<16: lengths.append(symbol)
          case 16:
            guard let previous = lengths.last else { throw Failure("a repeat with nothing before") }
            lengths += [Int](repeating: previous, count: 3 + (try bits(2)))
          case 17: lengths += [Int](repeating: 0, count: 3 + (try bits(3)))
          default: lengths += [Int](repeating: 0, count: 11 + (try bits(7)))
          }
        }
        literals = Huffman(Array(lengths[0..<literalCount]))
        distances = Huffman(Array(lengths[literalCount..<(literalCount + distanceCount)]))
      } else {
        throw Failure("block type 3")
      }
      while true {
        let symbol = try decode(literals)
        if symbol < 256 {
          output.append(UInt8(symbol))
        } else if symbol == 256 {
          break
        } else {
          let index = symbol - 257
          guard index < lengthBase.count else { throw Failure("a bad length code") }
          let length = lengthBase[index] + (try bits(lengthExtra[index]))
          let code = try decode(distances)
          guard code < distanceBase.count else { throw Failure("a bad distance code") }
          let distance = distanceBase[code] + (try bits(distanceExtra[code]))
          guard distance <= output.count else { throw Failure("a distance before the start") }
          let from = output.count - distance
          for i in 0..<length { output.append(output[from + i]) }
        }
      }
    } while last == 0
    return output
  }
}
