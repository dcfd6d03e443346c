namespace FitSaaS.Forms;

/// <summary>What a data subject asked for (GDPR). Stored and serialized as its name.</summary>
public enum DataSubjectRequestKind
{
    /// <summary>A machine-readable copy of everything the gym holds about the member (Art. 15 access, Art. 20 portability).</summary>
    Export = 0,

    /// <summary>Erasure (Art. 17): delete what may go, pseudonymise what a law requires keeping.</summary>
    Erasure = 1,
}
