import ConvExplorer
import ConvMessages
import ConvScenes

/// Why the explorer could not take over the terminal.
public enum TerminalError: Error, CustomStringConvertible {
  case notATerminal
  case cannotStart(term: String)

  /// The error as a message value.
  public var message: Message {
    switch self {
    case .notATerminal: return .io(.notATerminal)
    case .cannotStart(let term): return .io(.terminalCannotStart(term: term))
    }
  }

  public var description: String { message.text() }
}

/// The thin curses driver: copies the view to the screen and turns input into events.
///
/// All decisions live in the pure state machine (`ExplorerState.handle`) and
/// view (`ExplorerView.render`); this loop only waits for input or the next
/// animation tick, draws the cells that changed, and refreshes once.
public struct TerminalDriver {
  private var state: ExplorerState
  private var previous: Canvas?
  /// Recent frame layouts: a key that returns to a state just shown reuses its layout.
  private var fits = FitMemo()
  private var palette = Palette(depth: .monochrome)
  private var pairs: [ColourCombination: Int] = [:]
  private var ascii = false
  /// The parameters of an animation export waiting for its confirming second `E`.
  private var pendingLargeExport: SceneParameters?

  public init(state: ExplorerState) { self.state = state }

  /// Whether standard input and output are both terminals.
  public static var isInteractive: Bool { Curses.isInteractive }

  /// Runs the explorer until the user quits; the terminal is restored on every way out.
  public mutating func run() throws(TerminalError) {
    guard Curses.isInteractive else { throw .notATerminal }
    ascii = !Curses.adoptLocale()
    Curses.installSignalHandlers()
    guard Curses.start() else {
      throw .cannotStart(term: CurrentProcess.environment("TERM") ?? "")
    }
    defer { Curses.stop() }
    setUpColours()
    _ = state.handle(.resize(Curses.size))
    // Without UTF-8 every Chinese character would be drawn as `?`: English, and say why.
    if ascii && state.language == .chinese {
      _ = state.handle(.key(.character("z")))
      _ = state.handle(.message(Message.explorer(.chineseNeedsUTF8).text(in: .english)))
    }
    let clock = ContinuousClock()
    var nextTick = clock.now
    var decoder = KeyDecoder()
    let escapeDelay = Self.escapeDelay
    draw()
    while !state.quit {
      if decoder.isPending {
        Curses.setTimeout(milliseconds: escapeDelay)
      } else if state.playing {
        let wait = clock.now.duration(to: nextTick)
        Curses.setTimeout(milliseconds: max(0, milliseconds(wait)))
      } else {
        Curses.setTimeout(milliseconds: -1)
      }
      var inputs: [DecodedInput] = []
      let input = Curses.read()
      // The clock starts when the input has arrived, not while the driver waits for it.
      let start = clock.now
      let startCPU = CurrentProcess.threadCPUTime
      switch input {
      case .byte(let byte):
        inputs = decoder.feed(CollectionOfOne(byte))
        if inputs.isEmpty { continue }
      case .resize(let size):
        previous = nil
        Curses.erase()
        inputs = [.event(.resize(size))]
      case .none:
        if decoder.isPending {
          inputs = decoder.timeOut()
          if inputs.isEmpty { continue }
        } else if state.playing && clock.now >= nextTick {
          _ = state.handle(.tick)
          nextTick = max(nextTick + interval, clock.now)
        } else {
          continue
        }
      }
      for input in inputs { handle(input, clock: clock, nextTick: &nextTick) }
      if state.quit { break }
      draw()
      _ = state.handle(.timed(clock.now - start, cpu: CurrentProcess.threadCPUTime - startCPU))
    }
  }

  /// How long a lone Esc waits for the rest of a sequence before it counts as the Esc key:
  /// `ESCDELAY` milliseconds, as curses reads it, or 50.
  static var escapeDelay: Int {
    guard let text = CurrentProcess.environment("ESCDELAY"), let value = Int(text) else {
      return 50
    }
    return min(max(value, 1), 2_000)
  }

  /// Applies one decoded input; an animation export is asked twice before a large file is written.
  private mutating func handle(
    _ input: DecodedInput, clock: ContinuousClock, nextTick: inout ContinuousClock.Instant
  ) {
    let event: ExplorerEvent
    switch input {
    case .event(.key(.character("z"))) where ascii && state.language == .english:
      pendingLargeExport = nil
      _ = state.handle(.message(Message.explorer(.chineseNeedsUTF8).text(in: .english)))
      return
    case .event(let decoded): event = decoded
    case .unknown:
      pendingLargeExport = nil
      _ = state.handle(.message(Message.explorer(.unknownKey).text(in: state.language)))
      return
    case .paste:
      pendingLargeExport = nil
      _ = state.handle(.message(Message.explorer(.pastedText).text(in: state.language)))
      return
    }
    let wasPlaying = state.playing
    let effect = state.handle(event)
    if case .key = event {
      var confirmed = false
      if case .exportAnimation(let parameters) = effect {
        confirmed = pendingLargeExport == parameters
        pendingLargeExport = nil
      } else {
        pendingLargeExport = nil
      }
      if let effect {
        let outcome = ExportWriter.perform(effect, confirmed: confirmed)
        if case .needsConfirmation(let parameters) = outcome.kind {
          pendingLargeExport = parameters
        }
        _ = state.handle(.message(outcome.message))
      }
    }
    if state.playing && !wasPlaying { nextTick = clock.now + interval }
  }

  private var interval: Duration { .milliseconds(Int((1000 / state.speed).rounded())) }

  private func milliseconds(_ duration: Duration) -> Int {
    let (seconds, attoseconds) = duration.components
    return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
  }

  /// Defines every colour pair once; the drawing loop only looks them up.
  private mutating func setUpColours() {
    let colours = Curses.startColours()
    var depth = ColourDepth.detect(
      noColor: CurrentProcess.environment("NO_COLOR"), term: CurrentProcess.environment("TERM"),
      colorTerm: CurrentProcess.environment("COLORTERM"), terminalColours: colours)
    var candidate = Palette(depth: depth)
    if candidate.colourCombinations.count >= Curses.colourPairLimit {
      depth = .monochrome
      candidate = Palette(depth: depth)
    }
    palette = candidate
    for (index, combination) in palette.colourCombinations.enumerated() {
      Curses.definePair(
        index + 1, foreground: combination.foreground, background: combination.background)
      pairs[combination] = index + 1
    }
  }

  /// Draws the cells that changed since the last frame, then refreshes once.
  private mutating func draw() {
    let rendered = ExplorerView.render(state, ascii: ascii, memo: &fits)
    _ = state.handle(.shown(scroll: rendered.top))
    var canvas = rendered.canvas
    if palette.depth != .monochrome { canvas = canvas.shadingHeatByColour() }
    for run in ScreenDiff.runs(from: previous, to: canvas) {
      let appearance = palette.appearance(of: run.style)
      let pair =
        pairs[
          ColourCombination(foreground: appearance.foreground, background: appearance.background)]
        ?? 0
      // The bottom-right cell cannot be written without scrolling on some terminals; curses refuses it harmlessly.
      Curses.put(
        run.text, x: run.x, y: run.y, attributes: Curses.attributes(appearance.attributes),
        pair: pair)
    }
    Curses.refresh()
    previous = canvas
  }
}
