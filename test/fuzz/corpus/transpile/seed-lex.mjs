const x = `a${`b${c}`}d` / 2 / /re[/]g/.test(y);
x
++y
return
