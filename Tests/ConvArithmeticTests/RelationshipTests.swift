import Testing

@testable import ConvArithmetic

@Suite("The paper's fifteen relationships")
struct RelationshipTests {
  @Test("each relationship gives the paper's own example", arguments: Relationship.allCases)
  func paperExample(_ r: Relationship) {
    let (parameters, expected) = r.paperExample
    #expect(r.applies(to: parameters))
    #expect(r.output(parameters) == expected)
  }

  @Test(
    "each relationship agrees with the general formulas wherever it applies",
    arguments: Relationship.allCases)
  func agreesWithGeneralFormula(_ r: Relationship) {
    var checked = 0
    for i in 1...12 {
      for k in 1...5 {
        for s in 1...3 {
          for p in 0...3 {
            for d in 1...2 {
              let a = AxisParameters(i: i, k: k, s: s, p: p, d: d)
              guard r.applies(to: a), a.convOutput >= 1 else { continue }
              if r.isTransposed {
                let op = AxisShape.outputPaddingToRestore(i: i, k: k, s: s, p: p)
                let back = AxisShape.transposedOutput(
                  i: a.convOutput, k: k, s: s, p: p, d: d, outputPadding: op)
                // The transposed relationships restore the direct input size.
                #expect(r.output(a) == back)
                #expect(back == i)
              } else {
                #expect(r.output(a) == a.convOutput)
              }
              checked += 1
            }
          }
        }
      }
    }
    #expect(checked > 0)
  }

  @Test("relationships are reachable by number and by name")
  func lookup() {
    #expect(Relationship("6") == .paddingStrides)
    #expect(Relationship("15") == .dilated)
    #expect(Relationship("full_padding") == .fullPadding)
    #expect(Relationship("transposed-padding-strides-odd")?.rawValue == 14)
    #expect(Relationship("16") == nil)
    #expect(Relationship.allCases.count == 15)
  }

  @Test("transposed relationships name the paper's equivalent convolution")
  func equivalent() {
    // Relationship 8: p′ = k − 1; 9: p′ = k − p − 1; 10: p′ = p; 11: p′ = 0.
    #expect(
      Relationship.transposedNoPaddingUnitStrides.equivalentConvolution(AxisParameters(i: 4, k: 3))?
        .p == 2)
    #expect(
      Relationship.transposedZeroPaddingUnitStrides.equivalentConvolution(
        AxisParameters(i: 5, k: 4, p: 2))?.p == 1)
    #expect(
      Relationship.transposedHalfPadding.equivalentConvolution(AxisParameters(i: 5, k: 3, p: 1))?.p
        == 1)
    #expect(
      Relationship.transposedFullPadding.equivalentConvolution(AxisParameters(i: 5, k: 3, p: 2))?.p
        == 0)
    #expect(Relationship.paddingStrides.equivalentConvolution(AxisParameters(i: 5, k: 3)) == nil)
  }
}
