import ConvArithmetic

extension ChineseCatalogue {
  func quiz(_ text: QuizText) -> String {
    switch text {
    case .heading(let number, let count, let right, let answered):
      return "第 \(number) 题，共 \(count) 题 · 得分 \(right)/\(answered)"
    case .howToAnswer(let form): return answerForm(form)
    case .typingKeys: return "Enter 提交 · Backspace 删除 · Esc 退出"
    case .right(let why, let right, let answered):
      return "✓ 答对了（\(right)/\(answered)）。\(worksheet(why))"
    case .wrong(let typed, let why, let right, let answered):
      return "✗ 不是 \(typed)（\(right)/\(answered)）。\(worksheet(why))"
    case .unreadable(let form): return "这还不是一个答案：\(answerForm(form))"
    case .nextKeys: return "Enter：下一题 · 空格播放 · 其他键可自由探索"
    case .finished(let right, let count, let nextSeed):
      return "本轮结束：\(count) 题答对 \(right) 题。按 Enter 开始新一轮（seed \(nextSeed)）；按 q 退出。"
    case .title(let seed): return "测验，seed \(seed)"
    case .problem(let problem): return quizProblem(problem)
    }
  }

  private func answerForm(_ form: QuizAnswerForm) -> String {
    switch form {
    case .size: return "请按 H×W 输入尺寸（如 3x4），正方形可只输入一个数。"
    case .cells: return "请先输入行号，再输入分号和列号：2-4; 1-3（或 2,3,4; 1,2,3）。"
    case .value: return "请输入一个数，如 7 或 -2.5。"
    case .inputs: return "请输入这些输入尺寸，如 5 6（或 5-6）。"
    case .number: return "请输入一个整数。"
    }
  }

  private func quizProblem(_ problem: QuizProblem) -> String {
    switch problem {
    case .count(let count, let allowed):
      return "一轮测验可出 \(allowed.lowerBound) 到 \(allowed.upperBound) 题，但 --count 为 \(count)。"
    case .noQuestions(let scene, let asked):
      return "测验没有关于 \(scene) 的题目；可选的场景有 \(asked.joined(separator: "、"))。"
    }
  }
}
