namespace FitSaaS.Framework.Events.Distributed;

/// <summary>
/// A two-way map between wire names (<see cref="EventNameAttribute"/>) and event types. Registering the same type twice
/// is harmless; two types under one name, or one type without a valid name, is a startup error.
/// </summary>
public sealed class DistributedEventTypeList
{
    private readonly Dictionary<string, Type> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, string> _byType = [];

    /// <summary>The registered types, by name.</summary>
    public IReadOnlyDictionary<string, Type> ByName => _byName;

    /// <summary>Registers <typeparamref name="TEto"/> under its <see cref="EventNameAttribute"/> name.</summary>
    /// <exception cref="InvalidOperationException">The type has no (valid) name, or the name belongs to another type.</exception>
    public DistributedEventTypeList Add<TEto>()
        where TEto : class => Add(typeof(TEto));

    /// <summary>Registers <paramref name="eventType"/> under its <see cref="EventNameAttribute"/> name.</summary>
    /// <exception cref="InvalidOperationException">The type has no (valid) name, or the name belongs to another type.</exception>
    public DistributedEventTypeList Add(Type eventType)
    {
        ArgumentNullException.ThrowIfNull(eventType);
        var name = eventType.GetCustomAttributes(typeof(EventNameAttribute), inherit: false).OfType<EventNameAttribute>().FirstOrDefault()?.Name;
        if (name is null)
        {
            throw new InvalidOperationException($"Distributed event type {eventType.FullName} has no [EventName(\"Module.Subject.vN\")].");
        }

        if (!EventNameAttribute.IsValid(name))
        {
            throw new InvalidOperationException($"Distributed event type {eventType.FullName} has an invalid event name '{name}' (expected Module.Subject.vN).");
        }

        if (_byName.TryGetValue(name, out var existing))
        {
            return existing == eventType
                ? this
                : throw new InvalidOperationException($"Event name '{name}' is registered for both {existing.FullName} and {eventType.FullName}.");
        }

        _byName.Add(name, eventType);
        _byType.Add(eventType, name);
        return this;
    }

    /// <summary>The wire name of a registered type.</summary>
    /// <exception cref="InvalidOperationException">The type is not registered.</exception>
    public string GetName(Type eventType)
    {
        ArgumentNullException.ThrowIfNull(eventType);
        return _byType.TryGetValue(eventType, out var name)
            ? name
            : throw new InvalidOperationException($"Distributed event type {eventType.FullName} is not registered (DistributedEventOptions.EventTypes.Add).");
    }

    /// <summary>The type registered under <paramref name="name"/>, or false when none is (a message of an unknown or retired event).</summary>
    public bool TryGetType(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Type? eventType) =>
        _byName.TryGetValue(name, out eventType);
}
