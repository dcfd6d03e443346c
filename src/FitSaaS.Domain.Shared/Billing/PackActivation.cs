namespace FitSaaS.Billing;

/// <summary>When a class pack's validity starts (DOMAIN.md §2.11; Glofox, Momence). Stored and serialized as its name.</summary>
public enum PackActivation
{
    /// <summary>On purchase (the activation of its membership, i.e. its first payment).</summary>
    OnPurchase = 0,

    /// <summary>At the first session booked with it (the session's local date); only one such pack unused at a time.</summary>
    OnFirstUse = 1,
}
