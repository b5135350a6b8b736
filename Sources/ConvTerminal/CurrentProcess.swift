import ConvMessages

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#elseif canImport(Musl)
  import Musl
#endif

/// The process's environment and exit, read here once and passed down as plain values,
/// so that no other module needs the C library for them.
public enum CurrentProcess {
  /// One environment variable, or nil when it is not set.
  public static func environment(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
  }

  /// The language the locale variables choose (`LC_ALL`, else `LC_MESSAGES`, else `LANG`;
  /// `zh…` is Chinese): the default of every subcommand's `--lang`.
  public static var localeLanguage: Language {
    Language.fromLocale(
      all: environment("LC_ALL"), messages: environment("LC_MESSAGES"), lang: environment("LANG"))
  }

  /// Every environment variable (for code that reads several, such as colour detection).
  public static var environment: [String: String] {
    var variables: [String: String] = [:]
    guard let list = environmentList else { return variables }
    var index = 0
    while let entry = list[index] {
      let text = String(cString: entry)
      if let equals = text.firstIndex(of: "=") {
        variables[String(text[..<equals])] = String(text[text.index(after: equals)...])
      }
      index += 1
    }
    return variables
  }

  /// Ends the process with `status`, flushing nothing but what the C library buffers.
  public static func exit(_ status: Int32) -> Never {
    systemExit(status)
  }

  /// Runs a command line with `/bin/sh -c` and waits for it: its exit status, 128 + the
  /// signal that ended it, or -1 when it could not be started.
  ///
  /// posix_spawn rather than system(3), which Swift marks unavailable on macOS.
  public static func runShell(_ command: String) -> Int32 {
    var pid = pid_t()
    let arguments = ["/bin/sh", "-c", command]
    var pointers = arguments.map { strdup($0) } + [nil]
    defer { for pointer in pointers { free(pointer) } }
    let started = posix_spawn(&pid, "/bin/sh", nil, nil, &pointers, environmentList)
    guard started == 0 else { return -1 }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
      guard errno == EINTR else { return -1 }
    }
    // WIFEXITED / WEXITSTATUS / WTERMSIG are macros Swift cannot import.
    let signal = status & 0x7F
    return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
  }

  /// CPU time the calling thread has used: unlike the wall clock, it does not count
  /// waiting for a core on a shared machine.
  public static var threadCPUTime: Duration {
    var now = timespec()
    guard clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now) == 0 else { return .zero }
    return .seconds(Int64(now.tv_sec)) + .nanoseconds(Int64(now.tv_nsec))
  }

  /// The size of a memory page, for converting page counts from /proc.
  public static var pageSize: Int { Int(sysconf(Int32(_SC_PAGESIZE))) }
}

/// The C library's list of "NAME=value" strings, ending in nil.
private var environmentList: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
  #if canImport(Darwin)
    // macOS declares no `environ` for programs; its runtime hands the list out here.
    return _NSGetEnviron()?.pointee
  #else
    return environ
  #endif
}

// A file-scope name, because inside CurrentProcess `exit` names its own method.
private func systemExit(_ status: Int32) -> Never { exit(status) }
