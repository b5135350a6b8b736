import ConvArithmetic
import ConvScenes

@testable import ConvExplorer

/// Presses keys in order, ignoring effects.
func press(_ state: ExplorerState, _ keys: Key...) -> ExplorerState {
  var state = state
  for key in keys { _ = state.handle(.key(key)) }
  return state
}

/// Types characters in order, as if from the keyboard.
func type(_ state: ExplorerState, _ text: String) -> ExplorerState {
  var state = state
  for character in text { _ = state.handle(.key(.character(character))) }
  return state
}

let wide = ScreenSize(width: 160, height: 60)

func opening() -> ExplorerState { .opening(screenSize: wide) }
