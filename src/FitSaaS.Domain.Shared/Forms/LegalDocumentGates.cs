namespace FitSaaS.Forms;

/// <summary>The operations a legal document gates (flags; <see cref="None"/> = signed voluntarily, gates nothing).</summary>
[Flags]
public enum LegalDocumentGates
{
    /// <summary>Gates nothing.</summary>
    None = 0,

    /// <summary>Booking a class (a new booking, a waitlist promotion, a confirmed hold).</summary>
    Booking = 1,

    /// <summary>Buying a plan (a membership, a pack, a drop-in).</summary>
    Purchase = 2,

    /// <summary>Checking in to a booked class.</summary>
    CheckIn = 4,
}
