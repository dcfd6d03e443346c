namespace FitSaaS.Framework.Events;

/// <summary>Declares the <see cref="LocalEventPhase"/> of every <see cref="ILocalEventHandler{TEvent}"/> the class implements.</summary>
/// <param name="phase">When the handler runs; without the attribute, <see cref="LocalEventPhase.BeforeCommit"/>.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class LocalEventHandlerAttribute(LocalEventPhase phase) : Attribute
{
    /// <summary>When the handler runs.</summary>
    public LocalEventPhase Phase { get; } = phase;
}
