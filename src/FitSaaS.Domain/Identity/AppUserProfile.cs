namespace FitSaaS.Identity;

/// <summary>
/// The personal details of a user beside the account: given name, family name and phone number (each trimmed, null when
/// unknown; lengths in <see cref="IdentityConsts"/>).
/// </summary>
/// <param name="Name">Given name.</param>
/// <param name="Surname">Family name.</param>
/// <param name="PhoneNumber">Phone number as typed (<see cref="IdentityConsts.PhoneNumberPattern"/>).</param>
public sealed record AppUserProfile(string? Name, string? Surname, string? PhoneNumber)
{
    /// <summary>True when <paramref name="user"/> already has exactly these details.</summary>
    public bool Matches(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Name == Name && user.Surname == Surname && user.PhoneNumber == PhoneNumber;
    }

    /// <summary>Writes the details onto <paramref name="user"/>.</summary>
    public void ApplyTo(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        user.Name = Name;
        user.Surname = Surname;
        user.PhoneNumber = PhoneNumber;
    }
}
