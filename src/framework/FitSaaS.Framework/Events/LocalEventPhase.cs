namespace FitSaaS.Framework.Events;

/// <summary>When a local event handler runs relative to the publisher's unit of work.</summary>
public enum LocalEventPhase
{
    /// <summary>
    /// Inside the unit of work, before commit (the default): the handler's changes are saved and committed with the
    /// publisher's, and an exception rolls everything back.
    /// </summary>
    BeforeCommit = 0,

    /// <summary>
    /// After the unit of work has committed, in the same scope (for side effects that must not happen for a rolled-back
    /// change: cache invalidation, notifications). Skipped when the unit of work rolls back. The change is already
    /// committed, so an exception is logged (error) and does not fail the caller; later handlers still run. Without an
    /// active unit of work there is nothing to wait for and the handler runs at once, after the event's before-commit handlers.
    /// </summary>
    AfterCommit = 1,
}
