import ConvScenes

/// Work the state machine asks the driver to do outside the pure world.
public enum ExplorerEffect {
  /// Write the current frame as text to a new file in the current directory.
  case exportFrame(SceneParameters, step: Int, focus: CellFocus?)
  /// Write every frame of the scene as text to a new file in the current directory.
  case exportAnimation(SceneParameters)
}
