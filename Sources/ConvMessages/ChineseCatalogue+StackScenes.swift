import ConvArithmetic

// Not yet in Chinese: these still read English (issue 14).
extension ChineseCatalogue {
  func stackSceneSummary(_ topic: SceneTopic) -> String {
    english.stackSceneSummary(topic)
  }

  func stackCaption(_ caption: StackCaption) -> String {
    english.stackCaption(caption)
  }

  func stackExplorer(_ text: StackExplorerText) -> String {
    english.stackExplorer(text)
  }
}
