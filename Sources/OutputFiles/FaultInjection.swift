import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a test stops a run in the middle of placing its outputs, to see what a kill would leave.
///
/// Every step that changes the file system while a set is placed (each rename, link, the exchange,
/// the removal of the old set) is counted. In the tests' process the chosen step throws
/// `OutputError.interrupted` and nothing after it runs, no clean-up either, as after a kill. From
/// outside, `LABOUR_MONITOR_KILL_AT_STEP=N` makes the command kill itself with SIGKILL at step N: the
/// one way a shell test can kill a run at an exact step.
public struct FaultInjection: Sendable {
    enum Action: Sendable {
        case none
        case interrupt(atStep: Int)
        case kill(atStep: Int)
    }

    let action: Action

    /// No fault: what every command uses unless the environment asks for one.
    public static let none = FaultInjection(action: .none)

    /// The run stops, as if killed, just before step `step` (1-based).
    package static func interrupt(atStep step: Int) -> FaultInjection {
        FaultInjection(action: .interrupt(atStep: step))
    }

    /// What `LABOUR_MONITOR_KILL_AT_STEP` asks for, or none.
    public static var fromEnvironment: FaultInjection {
        guard let value = ProcessInfo.processInfo.environment["LABOUR_MONITOR_KILL_AT_STEP"], let step = Int(value),
              step > 0 else { return .none }
        return FaultInjection(action: .kill(atStep: step))
    }
}

/// Counts the steps of one placing and applies the fault at its step.
final class StepCounter {
    private let fault: FaultInjection
    private(set) var steps = 0

    init(_ fault: FaultInjection) {
        self.fault = fault
    }

    /// Called before each step that changes the file system.
    func next(_ what: String) throws(OutputError) {
        steps += 1
        switch fault.action {
        case .none:
            return
        case let .interrupt(step) where step == steps:
            throw OutputError.interrupted(atStep: steps, what)
        case let .kill(step) where step == steps:
            FileHandle.standardError.write(Data("labour-monitor: killed at step \(steps) (\(what)), as asked by LABOUR_MONITOR_KILL_AT_STEP\n".utf8))
            kill(getpid(), SIGKILL)
        default:
            return
        }
    }
}
