namespace FitSaaS.Framework.Domain;

/// <summary>An object that collects local (in-process) domain events until its unit of work saves it.</summary>
public interface IGeneratesDomainEvents
{
    /// <summary>Events raised since the last dispatch, in order.</summary>
    IReadOnlyList<object> GetLocalEvents();

    /// <summary>Forgets the raised events (after dispatch).</summary>
    void ClearLocalEvents();
}
