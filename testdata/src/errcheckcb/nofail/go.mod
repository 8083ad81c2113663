module example.com/nofail

go 1.26

require example.com/nofaildep v0.0.0

replace example.com/nofaildep => ../nofail_dep
