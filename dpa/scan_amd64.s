//go:build amd64 && !purego

#include "textflag.h"

// func plainRun(s string) (n int, high bool)
//
// Each step loads sixteen bytes and marks, with a bit per byte from
// PMOVMSKB, the quotes and backslashes (PCMPEQB) and the bytes below 0x20
// (min(b, 0x1F) == b, PMINUB then PCMPEQB). The bytes' own high bits,
// collected for the bytes before the first mark, say whether the prefix
// holds a byte of 0x80 or above.
TEXT ·plainRun(SB), NOSPLIT, $0-25
	MOVQ s_base+0(FP), SI
	MOVQ s_len+8(FP), BX
	MOVQ SI, DI                 // the start, to compute n
	LEAQ (SI)(BX*1), CX         // the end
	XORL R8, R8                 // the high bits seen
	MOVQ $0x2222222222222222, AX // "
	MOVQ AX, X8
	PUNPCKLQDQ X8, X8
	MOVQ $0x5C5C5C5C5C5C5C5C, AX // backslash
	MOVQ AX, X9
	PUNPCKLQDQ X9, X9
	MOVQ $0x1F1F1F1F1F1F1F1F, AX // the last control byte
	MOVQ AX, X10
	PUNPCKLQDQ X10, X10

loop:
	MOVQ CX, DX
	SUBQ SI, DX
	CMPQ DX, $16
	JB   done
	MOVOU (SI), X0
	PMOVMSKB X0, R9
	MOVO  X0, X1
	MOVO  X0, X2
	MOVO  X0, X3
	PCMPEQB X8, X1
	PCMPEQB X9, X2
	PMINUB X10, X3
	PCMPEQB X0, X3
	POR  X2, X1
	POR  X3, X1
	PMOVMSKB X1, AX
	TESTL AX, AX
	JNZ  stop
	ORL  R9, R8
	ADDQ $16, SI
	JMP  loop

stop:
	BSFL AX, CX                 // the first stop byte's place in the block
	MOVL $1, DX
	SHLL CX, DX
	DECL DX                     // the bytes before it
	ANDL DX, R9
	ORL  R9, R8
	SUBQ DI, SI
	ADDQ CX, SI
	MOVQ SI, n+16(FP)
	TESTL R8, R8
	SETNE high+24(FP)
	RET

done:
	SUBQ DI, SI
	MOVQ SI, n+16(FP)
	TESTL R8, R8
	SETNE high+24(FP)
	RET
