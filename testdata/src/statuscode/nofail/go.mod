module example.com/scnofail

go 1.26

require example.com/scnofaildep v0.0.0

replace example.com/scnofaildep => ../nofail_dep
