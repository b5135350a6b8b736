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

  /// Every environment variable (for code that reads several, such as colour detection).
  public static var environment: [String: String] {
    var variables: [String: String] = [:]
    #if canImport(Darwin)
      guard let list = _NSGetEnviron()?.pointee else { return variables }
    #else
      guard let list = environ as UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? else {
        return variables
      }
    #endif
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

  /// Runs a command line with `/bin/sh -c` and waits for it; its exit status (as system(3) reports it).
  public static func runShell(_ command: String) -> Int32 {
    system(command)
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

// A file-scope name, because inside CurrentProcess `exit` names its own method.
private func systemExit(_ status: Int32) -> Never { exit(status) }
