module ${{ values.repoSlug }}

go 1.22
