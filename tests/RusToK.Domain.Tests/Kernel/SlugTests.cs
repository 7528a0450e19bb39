using RusToK.Domain.Kernel.Text;

namespace RusToK.Domain.Tests.Kernel;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Hello, World!", "hello-world")]
    [InlineData("  Crème brûlée — at home  ", "creme-brulee-at-home")]
    [InlineData("Привет, мир", "privet-mir")]
    [InlineData("Щи да каша", "schi-da-kasha")]
    [InlineData("!!!", "")]
    public void Titles_become_readable_latin_addresses(string title, string expected) => Slug.From(title).ShouldBe(expected);

    [Theory]
    [InlineData("my-first-post", true)]
    [InlineData("My-Post", false)]
    [InlineData("double--hyphen", false)]
    [InlineData("-leading", false)]
    [InlineData("spaces here", false)]
    public void Only_lower_case_letters_digits_and_single_hyphens_are_valid(string slug, bool valid) => Slug.IsValid(slug).ShouldBe(valid);
}
