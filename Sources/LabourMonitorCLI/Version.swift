/// The tool's version, printed by `labour-monitor --version`: raised with every release, in this one
/// place.
let labourMonitorVersion = "0.9.0"
