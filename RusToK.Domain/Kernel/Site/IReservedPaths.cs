namespace RusToK.Domain.Kernel.Site;

/// <summary>First address segments the platform or a module already answers (admin, api, blog, …), which a page may not take.</summary>
public interface IReservedPaths
{
    /// <summary>True when <c>/{segment}</c> belongs to the platform or a module.</summary>
    bool IsReserved(string segment);
}
