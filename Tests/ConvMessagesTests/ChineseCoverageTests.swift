import ConvArithmetic
import Testing

@testable import ConvMessages

/// Every message of the error, explorer, listing and shape-report families reads Chinese:
/// a message whose Chinese entry is missing (still delegating to the English words) fails here.
///
/// The caption families (captions, channels, matrix, stack scenes, shapes, worksheet) have
/// their own check; the examples of this file leave them out, including the problems and
/// status lines of theirs that these families only pass on.
@Suite struct ChineseCoverageTests {
  /// Whether `text` holds a Han ideograph: punctuation such as `：` alone does not count.
  static func hasCJK(_ text: String) -> Bool {
    text.unicodeScalars.contains { scalar in
      (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
    }
  }

  /// Messages that are only identifiers, numbers or a formula, the same in every language.
  static let allowed: [Message] = [
    .shape(.axisLabel("o", axis: nil)),
    .shape(.transposedPadding(formula: "1·(3−1) − 1", result: 1)),
    .explorer(.parameterName(.outputPadding)),
    // The key that switches to English names it in English.
    .explorer(.hint(.language)),
  ]

  /// The examples of the families this check covers.
  static var examples: [Message] {
    let scene = MessageExamples.scene.filter { problem in
      switch problem {
      case .matrix, .channels: return false
      default: return true
      }
    }
    let explorer = MessageExamples.explorer.filter { text in
      switch text {
      case .channels, .matrix, .stack: return false
      default: return true
      }
    }
    let listing = MessageExamples.listing.filter { text in
      switch text {
      case .sceneSummary(let topic):
        return ![.matrix, .interp, .receptive, .overlap].contains(topic)
      case .channelPresetSummary: return false
      default: return true
      }
    }
    return MessageExamples.engine.map(Message.engine)
      + MessageExamples.stack.flatMap {
        [Message.stack($0, naming: .notation), .stack($0, naming: .protocol)]
      }
      + MessageExamples.notation.map(Message.notation)
      + MessageExamples.request.map(Message.request) + scene.map(Message.scene)
      + MessageExamples.command.map(Message.command) + MessageExamples.io.map(Message.io)
      + [.io(.exportFailed(reason: .notAFileName, file: "a.txt"))]
      + explorer.map(Message.explorer) + listing.map(Message.listing)
      + MessageExamples.shape.map(Message.shape)
  }

  @Test("every error, status, key, listing and report line has Chinese words")
  func everyMessageIsChinese() {
    let examples = Self.examples
    #expect(examples.count > 200)
    for message in examples where !Self.allowed.contains(message) {
      let chinese = message.text(in: .chinese)
      #expect(chinese != message.text(in: .english), "\(message) has no Chinese")
      #expect(Self.hasCJK(chinese), "\(message): \(chinese)")
    }
  }

  @Test("the allow-list holds only identifiers, numbers and formulas")
  func allowListIsNeeded() {
    for message in Self.allowed {
      let chinese = message.text(in: .chinese)
      #expect(!Self.hasCJK(chinese), "\(message): \(chinese)")
      #expect(chinese.unicodeScalars.allSatisfy { $0.isASCII || "·−′".unicodeScalars.contains($0) })
    }
    #expect(Message.explorer(.hint(.language)).text(in: .chinese) == "z English")
  }

  @Test("the check finds a message without Chinese")
  func scanCanFail() {
    #expect(!Self.hasCJK(Message.engine(.channels(.emptyStack)).text(in: .english)))
    #expect(Self.hasCJK(Message.engine(.emptyGrid(.input)).text(in: .chinese)))
  }

  @Test("the terms the issue fixes are the ones used")
  func terms() {
    let stride = Message.engine(.notPositive(.stride, value: Pair(0, 1))).text(in: .chinese)
    #expect(stride.contains("步长") && stride.contains("0x1"))
    #expect(Message.explorer(.select(.padding)).text(in: .chinese).contains("填充"))
    let transposed = Message.listing(.sceneSummary(.transposed)).text(in: .chinese)
    #expect(transposed.contains("转置卷积") && transposed.contains("--view zeros"))
    #expect(Message.listing(.sceneSummary(.unpool)).text(in: .chinese).contains("反池化"))
    #expect(Message.listing(.sceneSummary(.bilinear)).text(in: .chinese).contains("双线性插值"))
    #expect(Message.listing(.sceneSummary(.channels)).text(in: .chinese).contains("深度可分离卷积"))
    #expect(Message.listing(.sceneSummary(.bnfold)).text(in: .chinese).contains("批归一化"))
    #expect(Message.shape(.stackColumn(.field)).text(in: .chinese) == "感受野")
  }
}
