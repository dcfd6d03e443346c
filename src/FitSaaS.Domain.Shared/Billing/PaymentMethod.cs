namespace FitSaaS.Billing;

/// <summary>How a manual payment was taken. Stored and serialized as its name.</summary>
public enum PaymentMethod
{
    /// <summary>Cash at the desk.</summary>
    Cash = 0,

    /// <summary>A card terminal at the desk (the card is not handled by FitSaaS).</summary>
    CardTerminal = 1,

    /// <summary>A bank transfer (its reference given).</summary>
    BankTransfer = 2,

    /// <summary>Anything else (a voucher, a cheque); its reference given.</summary>
    Other = 3,

    /// <summary>A card charged online through Stripe (the member's saved card, or one given at payment).</summary>
    Card = 4,
}
