import ConvArithmetic
import ConvMessages
import Testing

@testable import ConvScenes

/// Worksheets: reproducible, no repeats, and every answer checked against the engine another way.
@Suite struct WorksheetTests {
  @Test func sameSeedSameSheet() throws {
    let a = try Worksheet(seed: 7, count: 10).text()
    #expect(a == (try Worksheet(seed: 7, count: 10).text()))
    #expect(a != (try Worksheet(seed: 8, count: 10).text()))
  }

  @Test func everyKindTakesItsTurnAndNoQuestionRepeats() throws {
    for seed in UInt64(1)...20 {
      let sheet = try Worksheet(seed: seed, count: Limits.worksheetQuestions.upperBound)
      #expect(sheet.exercises.count == Limits.worksheetQuestions.upperBound)
      #expect(Set(sheet.exercises.map { "\($0.question)" }).count == sheet.exercises.count)
      #expect(Set(sheet.exercises.map(\.kind)) == Set(ExerciseKind.allCases))
    }
  }

  @Test func countsOutsideTheLimitAreRefused() {
    #expect(throws: WorksheetError(problem: .count(count: 0, allowed: 1...40))) {
      try Worksheet(seed: 1, count: 0)
    }
    #expect(throws: WorksheetError.self) { try Worksheet(seed: 1, count: 41) }
  }

  /// The key follows a form feed, and holds each exercise's answer in order.
  @Test func answerKeyOnItsOwnPage() throws {
    let sheet = try Worksheet(seed: 3, count: 12)
    let parts = sheet.text(width: 200).split(separator: "\u{0C}")
    #expect(parts.count == 2)
    let key = String(parts[1])
    for (n, exercise) in sheet.exercises.enumerated() {
      let answer = Message.worksheet(exercise.answer).text()
      #expect(key.contains("\(n + 1). \(answer)"))
      #expect(!parts[0].contains(answer))
    }
  }

  /// Each answer, recomputed without the code path that made it.
  @Test func answersAgreeWithTheEngine() throws {
    for seed in UInt64(1)...30 {
      for exercise in try Worksheet(seed: seed, count: 24).exercises {
        try check(exercise.solution)
      }
    }
  }

  private func check(_ solution: Solution) throws {
    switch solution {
    case .size(let size, let p):
      let x = Matrix(rows: p.input.h, cols: p.input.w, repeating: 1)
      let w = Matrix(rows: p.kernel.h, cols: p.kernel.w, repeating: 1)
      let y =
        p.outputPadding == Pair(0) && (try? p.validateConvolution()) != nil
          && size == p.convOutput
        ? try Convolution.conv2d(x, w, stride: p.stride, padding: p.padding, dilation: p.dilation)
        : try TransposedConvolution.convTranspose2d(
          x, w, stride: p.stride, padding: p.padding, dilation: p.dilation,
          outputPadding: p.outputPadding)
      #expect(y.size == size, "\(p)")
    case .cells(let rows, let cols, let p, let cell):
      // The window starts at cell·s in the padded input and reads every d-th cell.
      #expect(rows == (0..<p.kernel.h).map { cell.h * p.stride.h + $0 * p.dilation.h })
      #expect(cols == (0..<p.kernel.w).map { cell.w * p.stride.w + $0 * p.dilation.w })
    case .value(let value, let x, let w, let p, let cell):
      var sum = 0.0
      for ky in 0..<w.rows {
        for kx in 0..<w.cols {
          let r = cell.h * p.stride.h + ky - p.padding.h
          let c = cell.w * p.stride.w + kx - p.padding.w
          if x.contains(r, c) { sum += x[r, c] * w[ky, kx] }
        }
      }
      #expect(value == sum)
    case .inputs(let inputs, let paddings, let a, let o):
      let brute = (1...200).filter { AxisShape.convOutput(i: $0, k: a.k, s: a.s, p: a.p) == o }
      #expect(inputs == brute)
      for (i, op) in zip(inputs, paddings) {
        #expect(AxisShape.transposedOutput(i: o, k: a.k, s: a.s, p: a.p, outputPadding: op) == i)
      }
    case .field(let size, let layers, _):
      // Trace one output cell back, layer by layer, as a set of indices (padding included).
      var cells: Set<Int> = [0]
      for layer in layers.reversed() {
        var below: Set<Int> = []
        for u in cells {
          for t in 0..<layer.kernel.h {
            below.insert(u * layer.stride.h - layer.padding.h + t * layer.dilation.h)
          }
        }
        cells = below
      }
      #expect(size == cells.max()! - cells.min()! + 1, "\(layers)")
    }
  }
}

/// `convscope worksheet` as a teacher runs it.
@Suite struct WorksheetCommandTests {
  @Test func printsTheSheetThenTheKey() throws {
    let result = try ExecutableRunner.run(["worksheet", "--seed", "7", "--count", "6"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("convscope worksheet — seed 7, 6 questions\n"))
    #expect(result.stdout.contains("\u{0C}Answer key — seed 7"))
    #expect(result.stdout == (try Worksheet(seed: 7, count: 6).text()))
  }

  @Test func aBadCountIsOneSentence() throws {
    let result = try ExecutableRunner.run(["worksheet", "--count", "99"])
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("A worksheet holds 1 to 40 questions, but --count is 99."))
  }
}
