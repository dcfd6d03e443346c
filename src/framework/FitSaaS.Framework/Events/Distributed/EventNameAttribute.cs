using System.Text.RegularExpressions;

namespace FitSaaS.Framework.Events.Distributed;

/// <summary>
/// The stable wire name of a distributed event type (an <c>…Eto</c>): <c>{Module}.{Subject}{PastTense}.v{N}</c>, e.g.
/// <c>Bookings.BookingConfirmed.v1</c>. The name, not the CLR type, travels in messages, so types can be renamed or
/// moved freely; an incompatible change of the payload gets a new type with the next version (<c>.v2</c>), and both
/// versions can be registered while consumers migrate.
/// </summary>
/// <param name="name">The wire name; see <see cref="IsValid"/> for its form.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed partial class EventNameAttribute(string name) : Attribute
{
    /// <summary>Longest accepted name, in characters (200).</summary>
    public const int MaxLength = 200;

    /// <summary>The wire name.</summary>
    public string Name { get; } = name;

    /// <summary>
    /// True when <paramref name="name"/> has the form <c>Segment(.Segment)*.vN</c>: at least one dot-separated segment of
    /// letters, digits, <c>_</c> or <c>-</c> (starting with a letter), then a version <c>v1</c>, <c>v2</c>, …; at most
    /// <see cref="MaxLength"/> characters.
    /// </summary>
    public static bool IsValid(string? name) => name is { Length: > 0 and <= MaxLength } && NamePattern().IsMatch(name);

    /// <summary>The version number at the end of a valid <paramref name="name"/> (<c>3</c> for <c>Bookings.BookingConfirmed.v3</c>).</summary>
    /// <exception cref="ArgumentException">The name is not valid.</exception>
    public static int GetVersion(string name)
    {
        if (!IsValid(name))
        {
            throw new ArgumentException($"'{name}' is not a valid event name (Module.Subject.vN).", nameof(name));
        }

        return int.Parse(name.AsSpan(name.LastIndexOf(".v", StringComparison.Ordinal) + 2), System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_-]*(\.[A-Za-z][A-Za-z0-9_-]*)*\.v[1-9][0-9]{0,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
