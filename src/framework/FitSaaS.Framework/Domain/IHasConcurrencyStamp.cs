namespace FitSaaS.Framework.Domain;

/// <summary>An object that carries an optimistic-concurrency stamp.</summary>
public interface IHasConcurrencyStamp
{
    /// <summary>Random string renewed on every update; a stale stamp makes the update fail with 409.</summary>
    string ConcurrencyStamp { get; set; }
}
