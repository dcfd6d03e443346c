namespace FitSaaS.Forms;

/// <summary>In what capacity a legal signature was given.</summary>
public enum LegalSignerRole
{
    /// <summary>The member signed for themself.</summary>
    Member = 0,

    /// <summary>A guardian signed on behalf of the member (a minor or a dependant).</summary>
    Guardian = 1,
}
