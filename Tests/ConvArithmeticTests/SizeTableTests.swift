import Testing

@testable import ConvArithmetic

/// The shapes scene's table: each column against the convolutions it describes.
@Suite struct SizeTableTests {
  /// Seed 003: i = 5 and i = 6 both give o = 3 with k 3, s 2, p 1.
  @Test func seedWorkedNumbers() throws {
    let table = try SizeTable(inputs: 4...9, k: 3, s: 2, p: 1)
    #expect(table.rows.map(\.pytorch) == [2, 3, 3, 4, 4, 5])
    #expect(table.pytorchCollisions == [[5, 6], [7, 8]])
    #expect(table.row(for: 5)?.outputPadding == 0)
    #expect(table.row(for: 6)?.outputPadding == 1)
    #expect(table.row(for: 6)?.transposed == 5)
    #expect(table.pytorchGroup(of: 4) == [4])
  }

  /// Seed 003's TensorFlow example: 39 → 78 with a 4×4 kernel, stride 2, SAME; 77 also gives 39.
  @Test func tensorFlowNeedsOutputShape() throws {
    let table = try SizeTable(inputs: 76...79, k: 4, s: 2, p: 1)
    #expect(table.row(for: 77)?.tfSame == 39 && table.row(for: 78)?.tfSame == 39)
    #expect(TensorFlowPadding.sameInputs(producing: 39, s: 2) == 77...78)
    for i in 1...20 {
      let o = TensorFlowPadding.same(i: i, k: 3, s: 3).output
      #expect(TensorFlowPadding.sameInputs(producing: o, s: 3)?.contains(i) == true)
    }
    #expect(table.row(for: 78)?.samePadBefore == 1 && table.row(for: 78)?.samePadAfter == 1)
    #expect(table.row(for: 77)?.samePadBefore == 1 && table.row(for: 77)?.samePadAfter == 2)
    #expect(table.row(for: 78)?.transposed == 78)
  }

  @Test func refusesAnEmptyInput() {
    #expect(throws: ConvError.notPositive(.input, value: Pair(0))) {
      try SizeTable(inputs: 0...3, k: 3, s: 1, p: 0)
    }
  }

  /// Every column equals the size the engine's own convolutions produce.
  @Test func columnsMatchRealConvolutions() throws {
    var rng = SplitMix64(seed: 77)
    for _ in 0..<300 {
      let k = Int.random(in: 1...5, using: &rng)
      let s = Int.random(in: 1...4, using: &rng)
      let p = Int.random(in: 0...3, using: &rng)
      let d = Int.random(in: 1...3, using: &rng)
      let low = Int.random(in: 1...8, using: &rng)
      let table = try SizeTable(inputs: low...(low + 8), k: k, s: s, p: p, d: d)
      for row in table.rows {
        let x = Matrix(rows: 1, cols: row.i, repeating: 1)
        let w = Matrix(rows: 1, cols: k, repeating: 1)
        let direct = try? Convolution.conv2d(
          x, w, stride: Pair(1, s), padding: Pair(0, p), dilation: Pair(1, d))
        #expect(direct?.cols == row.pytorch, "k \(k) s \(s) p \(p) d \(d) i \(row.i)")
        let valid = try? Convolution.conv2d(x, w, stride: Pair(1, s), dilation: Pair(1, d))
        #expect(valid?.cols == row.tfValid)
        // SAME pads before and after, the odd cell after, and keeps ⌈i/s⌉.
        let total = row.samePadBefore + row.samePadAfter
        #expect(row.samePadAfter - row.samePadBefore == total % 2)
        #expect(
          AxisShape.convOutput(
            i: row.i, k: k, s: s, before: row.samePadBefore, after: row.samePadAfter, d: d)
            == row.tfSame)
        guard let o = row.pytorch else { continue }
        let y = Matrix(rows: 1, cols: o, repeating: 1)
        let back = try? TransposedConvolution.convTranspose2d(
          y, w, stride: Pair(1, s), padding: Pair(0, p), dilation: Pair(1, d))
        #expect(back?.cols == row.transposed)
        if let op = row.outputPadding {
          let restored = try TransposedConvolution.convTranspose2d(
            y, w, stride: Pair(1, s), padding: Pair(0, p), dilation: Pair(1, d),
            outputPadding: Pair(0, op))
          #expect(restored.cols == row.i)
        } else if let transposed = row.transposed {
          #expect(row.i - transposed >= max(s, d) || row.i < transposed)
        }
      }
      // Sizes that collide are neighbours, at most s of them, and share one output.
      for group in table.pytorchCollisions {
        #expect(group.count <= s && group.count >= 2)
        #expect(Set(group.map { table.row(for: $0)?.pytorch }).count == 1)
      }
      if s == 1 { #expect(table.pytorchCollisions.isEmpty) }
    }
  }
}

/// The paper's relationship a caption names: the narrowest one that holds.
@Suite struct MostSpecificRelationshipTests {
  @Test func narrowestPremisesWin() {
    #expect(Relationship.mostSpecific(for: AxisParameters(i: 5, k: 3, s: 1, p: 1)) == .halfPadding)
    #expect(Relationship.mostSpecific(for: AxisParameters(i: 5, k: 3, s: 1, p: 2)) == .fullPadding)
    #expect(
      Relationship.mostSpecific(for: AxisParameters(i: 5, k: 3, s: 1)) == .noPaddingUnitStrides)
    #expect(
      Relationship.mostSpecific(for: AxisParameters(i: 6, k: 3, s: 2, p: 1)) == .paddingStrides)
    #expect(Relationship.mostSpecific(for: AxisParameters(i: 7, k: 3, s: 1, d: 2)) == .dilated)
    #expect(
      Relationship.mostSpecific(for: AxisParameters(i: 6, k: 3, s: 2, p: 1), transposed: true)
        == .transposedPaddingStridesOdd)
    #expect(
      Relationship.mostSpecific(for: AxisParameters(i: 5, k: 3, s: 2, p: 1), transposed: true)
        == .transposedPaddingStrides)
    #expect(
      Relationship.mostSpecific(for: AxisParameters(i: 7, k: 3, d: 2), transposed: true) == nil)
  }

  /// Whatever it picks gives the engine's own size.
  @Test func itsSizeIsTheEngines() {
    var rng = SplitMix64(seed: 5)
    for _ in 0..<500 {
      let a = AxisParameters(
        i: Int.random(in: 4...12, using: &rng), k: Int.random(in: 1...4, using: &rng),
        s: Int.random(in: 1...3, using: &rng), p: Int.random(in: 0...3, using: &rng),
        d: Int.random(in: 1...2, using: &rng))
      guard a.convOutput >= 1 else { continue }
      if let r = Relationship.mostSpecific(for: a) { #expect(r.output(a) == a.convOutput) }
      if let r = Relationship.mostSpecific(for: a, transposed: true) {
        var back = a
        back.i = a.convOutput
        back.outputPadding = AxisShape.outputPaddingToRestore(i: a.i, k: a.k, s: a.s, p: a.p)
        #expect(r.output(a) == back.transposedOutput, "\(r) \(a)")
      }
    }
  }
}
