import ConvArithmetic
import ConvMessages
import ConvScenes
import Testing

@testable import ConvExplorer

/// `y` (symbols instead of numbers) and `u` (true convolution, the kernel flipped).
@Suite("Symbol and flip keys")
struct SymbolicKeyTests {
  static func at(_ scene: SceneKind) throws -> ExplorerState {
    try ExplorerState(
      scene: scene, parameters: .defaults(for: scene), screenSize: ScreenSize(width: 80, height: 24)
    )
  }

  @Test("y in conv shows x₀₀ … and y[0,0] = … on screen, and numbers again on the second y")
  func symbolsKey() throws {
    let state = type(try Self.at(.conv), "y")
    #expect(state.current.values == .symbolic)
    #expect(state.status == Message.explorer(.symbolic(.symbols(on: true))).text())
    let screen = ExplorerView.render(state).canvas.plainText
    #expect(screen.contains("x₀₀") && screen.contains("w₂₂"))
    #expect(screen.contains("y[0,0] = x[0,0]·w[1,1]"))
    let back = type(state, "y")
    #expect(back.current.values == .ramp)
    #expect(!ExplorerView.render(back).canvas.plainText.contains("x₀₀"))
  }

  @Test("y keeps the step; . then steps through symbolic products")
  func symbolsKeepStep() throws {
    let state = type(try Self.at(.conv), "..y.")
    #expect(state.step == 3)
    #expect(state.frame.captions.contains { $0.hasPrefix("y[1,0] = ") })
  }

  @Test("u flips the kernel: the title says so, the caption names PyTorch's cross-correlation")
  func flipKey() throws {
    let state = type(try Self.at(.conv), "u")
    #expect(state.current.flip)
    #expect(state.status == Message.explorer(.symbolic(.flip(on: true))).text())
    let kernel = try #require(state.frame.panel(named: "kernel"))
    #expect(kernel.title.contains("flipped"))
    #expect(kernel.cells.map(\.value) == [3, 2, 1, 3, 2, 1, 3, 2, 1])
    #expect(state.frame.captions.contains(Caption.symbolic(.trueConvolution).text()))
    let both = type(state, "y")
    let symbols = try #require(both.frame.panel(named: "kernel")?.symbols)
    #expect(
      symbols.first??.text(ascii: false) == "w₂₂", "symbols and flip show the flipped indices")
    #expect(!type(state, "u").current.flip)
  }

  @Test("y and u in the transposed scene work in both views; t keeps them")
  func transposed() throws {
    let state = type(try Self.at(.transposed), "yu")
    #expect(state.current.values == .symbolic && state.current.flip)
    let scatter = type(state, "t")
    #expect(scatter.current.view == .scatter && scatter.current.values == .symbolic)
    #expect(scatter.frame.panel(named: "input")?.symbols != nil)
  }

  @Test("scenes that take neither refuse on the status line and keep the last good frame")
  func refusals() throws {
    for scene in [SceneKind.unpool, .bilinear, .shapes, .receptive, .overlap, .bnfold, .interp] {
      let state = try Self.at(scene)
      let symbols = type(state, "y")
      #expect(symbols.current == state.current, "\(scene)")
      #expect(symbols.frame == state.frame, "\(scene)")
      #expect(
        symbols.status
          == SceneError.refused(
            .symbolic(
              .symbolicScene(
                scene: scene.rawValue, scenes: SymbolicScenes.symbolic.map(\.rawValue)))
          ).description, "\(scene)")
      let flip = type(state, "u")
      #expect(flip.current == state.current && flip.frame == state.frame, "\(scene)")
      #expect(flip.status?.contains("--flip") == true, "\(scene)")
    }
  }

  @Test("the help overlay lists y and u")
  func help() throws {
    let state = type(try Self.at(.conv), "?")
    let screen = ExplorerView.render(state).canvas.plainText
    #expect(screen.contains("y / u"))
    #expect(screen.contains(Message.explorer(.help(.symbolic)).text()))
  }
}
