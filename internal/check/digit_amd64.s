//go:build amd64 && !purego

#include "textflag.h"

// func indexDigit(s string) int
//
// A byte b is an ASCII digit when b-'0', as an unsigned byte, is at most 9,
// that is when min(b-'0', 9) == b-'0'. SSE2 tests 16 bytes so: PSUBB,
// PMINUB, PCMPEQB, and PMOVMSKB gives a bit per byte. The main loop takes
// 32 bytes a step, a 16-byte step follows, and the last bytes are tested one
// by one.
TEXT ·indexDigit(SB), NOSPLIT, $0-24
	MOVQ s_base+0(FP), SI
	MOVQ s_len+8(FP), BX
	MOVQ SI, DI                 // the start, to compute the index
	LEAQ (SI)(BX*1), CX         // the end
	MOVQ $0x3030303030303030, AX
	MOVQ AX, X1
	PUNPCKLQDQ X1, X1           // X1: sixteen '0'
	MOVQ $0x0909090909090909, AX
	MOVQ AX, X2
	PUNPCKLQDQ X2, X2           // X2: sixteen 9

loop32:
	MOVQ CX, DX
	SUBQ SI, DX
	CMPQ DX, $32
	JB   step16
	MOVOU (SI), X0
	MOVOU 16(SI), X4
	PSUBB X1, X0
	PSUBB X1, X4
	MOVO  X0, X3
	MOVO  X4, X5
	PMINUB X2, X3
	PMINUB X2, X5
	PCMPEQB X0, X3
	PCMPEQB X4, X5
	PMOVMSKB X3, AX
	PMOVMSKB X5, DX
	SHLQ $16, DX
	ORQ  DX, AX
	TESTQ AX, AX
	JNZ  found
	ADDQ $32, SI
	JMP  loop32

step16:
	CMPQ DX, $16
	JB   tail
	MOVOU (SI), X0
	PSUBB X1, X0
	MOVO  X0, X3
	PMINUB X2, X3
	PCMPEQB X0, X3
	PMOVMSKB X3, AX
	TESTQ AX, AX
	JNZ  found
	ADDQ $16, SI

tail:
	CMPQ SI, CX
	JAE  none
	MOVBLZX (SI), AX
	SUBL $0x30, AX
	CMPL AX, $10
	JB   here
	INCQ SI
	JMP  tail

found:
	BSFQ AX, AX
	SUBQ DI, SI
	ADDQ SI, AX
	MOVQ AX, ret+16(FP)
	RET

here:
	SUBQ DI, SI
	MOVQ SI, ret+16(FP)
	RET

none:
	MOVQ $-1, ret+16(FP)
	RET
